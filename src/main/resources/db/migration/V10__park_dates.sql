-- registry: a park's dated facts (R1, R2). A park is established, changes level (省级 → 国家级), merges into another
-- and is revoked at dates, so that every goal can be evaluated on the parks as they stood on its date. The column
-- `level` is the level from the start (or from establishment); later levels are dated changes.
alter table park
    add column established_on date,
    add column merged_on      date,
    add column revoked_on     date,
    add check (merged_on is null or merged_into is not null),
    add check (revoked_on is null or established_on is null or revoked_on > established_on);

create table park_level_change (
    id              bigserial    primary key,
    park_code       varchar(64)  not null references park (code),
    effective_date  date         not null,
    level           varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    comment         varchar(2000),
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null default now(),
    unique (park_code, effective_date)
);
