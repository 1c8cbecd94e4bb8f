-- Scheduled jobs run once per run key (a day, a month) across all nodes sharing the database (platform.Jobs)
create table job_run (
    job         varchar(64)  not null,
    run_key     varchar(32)  not null,
    node        varchar(200) not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    primary key (job, run_key)
);
