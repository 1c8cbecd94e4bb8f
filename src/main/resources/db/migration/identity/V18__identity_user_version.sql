-- identity: accounts get the optimistic lock every changeable record carries (docs/conventions.md). The table was
-- created by V1 (platform) before identity had migrations of its own; it is changed here, not moved.
alter table app_user add column version integer not null default 0;
