-- platform: accounts (the identity module will extend this)
create table app_user (
    username      varchar(64)  primary key,
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
