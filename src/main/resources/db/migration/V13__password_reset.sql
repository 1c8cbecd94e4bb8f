-- identity: an administrator resets a user's password; the user must change it at the next sign-in
alter table app_user add column must_change_password boolean not null default false;
