-- transformation: progress reports of the key projects (R19) by their owner enterprise or the park, and the milestones
-- reached; a project is on schedule at a date when every milestone planned by then had been reached by then (issue 12).
create table project_progress (
    id                bigserial     primary key,
    park_code         varchar(64)   not null,
    project_id        bigint        not null,
    reported_on       date          not null,
    investment        numeric       check (investment >= 0),
    percent_complete  numeric(5, 2) check (percent_complete between 0 and 100),
    reported_by       varchar(64)   not null,
    reported_at       timestamptz   not null default now()
);
create index project_progress_project on project_progress (project_id, reported_on);

create table milestone_reached (
    milestone_id  bigint       primary key,
    project_id    bigint       not null,
    reached_on    date         not null,
    progress_id   bigint       not null references project_progress
);
