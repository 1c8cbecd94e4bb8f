-- transformation: the city's review of a plan (R15, ordinary route): the experts assigned, each one's score and
-- opinion, the group's joint opinion, and the decision (issue 12).
alter table plan add column conclusion varchar(5000);
alter table plan add column decided_on date;
alter table plan add column document_number varchar(100);
alter table plan add column comment varchar(2000);

create table plan_expert (
    plan_id      bigint        not null references plan on delete cascade,
    username     varchar(64)   not null,
    assigned_by  varchar(64)   not null,
    assigned_at  timestamptz   not null default now(),
    score        integer       check (score between 0 and 100),
    opinion      varchar(5000),
    reviewed_at  timestamptz,
    primary key (plan_id, username)
);
