-- transformation: the consultancy a park engages (R14), the decisions of the province and the state on demonstration
-- plans (R15), the key projects' yearly investment and expected effects (R19), the plans' attachments, and the
-- acceptance applications with their decisions and review steps (R17) (issue 12).
create table park_engagement (
    park_code                varchar(64)  primary key,
    consultancy_credit_code  char(18)     not null,
    engaged_on               date         not null,
    engaged_by               varchar(64)  not null,
    version                  bigint       not null default 0
);

alter table plan add column decision_body varchar(8) check (decision_body in ('CITY', 'PROVINCE', 'NATIONAL'));
alter table plan add column amends bigint references plan;

alter table plan_project add column investment_by_year jsonb not null default '{}';
alter table plan_project add column effects jsonb not null default '{}';

create table plan_decision (
    id               bigserial     primary key,
    plan_id          bigint        not null references plan on delete cascade,
    body             varchar(8)    not null check (body in ('PROVINCE', 'NATIONAL')),
    document_number  varchar(100)  not null,
    decided_on       date          not null,
    outcome          varchar(8)    not null check (outcome in ('APPROVED', 'REJECTED')),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null default now()
);

create table plan_attachment (
    id            bigserial     primary key,
    plan_id       bigint        not null references plan on delete cascade,
    file_name     varchar(200)  not null,
    media_type    varchar(100)  not null,
    size_bytes    integer       not null check (size_bytes > 0),
    sha256        char(64)      not null,
    content       bytea         not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamptz   not null default now()
);

create table acceptance_application (
    id            bigserial     primary key,
    park_code     varchar(64)   not null,
    plan_id       bigint        not null references plan,
    year          integer       not null,
    applied_on    date          not null,
    designation   varchar(16)   not null,
    status        varchar(20)   not null check (status in ('SUBMITTED', 'PRELIMINARY_PASSED', 'ACCEPTED', 'FAILED')),
    test_result   jsonb         not null,
    applied_by    varchar(64)   not null,
    version       bigint        not null default 0
);
-- at most one application under way per park
create unique index acceptance_application_open on acceptance_application (park_code)
    where status in ('SUBMITTED', 'PRELIMINARY_PASSED');

create table acceptance_decision (
    id               bigserial     primary key,
    application_id   bigint        not null references acceptance_application,
    stage            varchar(12)   not null check (stage in ('PRELIMINARY', 'FINAL')),
    body             varchar(8)    not null check (body in ('CITY', 'PROVINCE', 'NATIONAL')),
    outcome          varchar(8)    not null check (outcome in ('PASSED', 'FAILED')),
    grade            varchar(10)   check (grade in ('EXCELLENT', 'GOOD', 'PASS')),
    document_number  varchar(100)  not null,
    decided_on       date          not null,
    reasons          varchar(4000),
    steps            jsonb         not null default '[]',
    filing           jsonb,
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null default now(),
    unique (application_id, stage),
    check (outcome = 'PASSED' or grade is null)
);
