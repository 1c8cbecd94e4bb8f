-- transformation: the parks' circular transformation plans (R14), compiled by a consultancy, with their targets and key
-- projects (R19). A plan is revised as a new revision; projects and milestones keep their ids across revisions
-- (progress and funds refer to them) (issue 12).
create table plan (
    id                       bigserial    primary key,
    park_code                varchar(64)  not null,
    revision                 integer      not null check (revision >= 1),
    status                   varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED',
                                                                     'APPROVED', 'REJECTED', 'SUPERSEDED')),
    consultancy_credit_code  char(18)     not null,
    route                    varchar(16)  not null check (route in ('CITY', 'PROVINCIAL_DEMO', 'NATIONAL_DEMO')),
    base_year                integer      not null,
    start_year               integer      not null,
    end_year                 integer      not null,
    model_id                 bigint,
    sections                 jsonb        not null default '{}',
    submitted_on             date,
    created_by               varchar(64)  not null,
    created_at               timestamptz  not null default now(),
    version                  bigint       not null default 0,
    unique (park_code, revision),
    check (base_year <= start_year and start_year <= end_year)
);
-- at most one plan in the making per park
create unique index plan_open on plan (park_code) where status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED');

create table plan_target (
    plan_id   bigint      not null references plan on delete cascade,
    code      varchar(60) not null,
    baseline  numeric,
    target    numeric     not null,
    primary key (plan_id, code)
);

create sequence plan_project_id;
create sequence plan_milestone_id;

create table plan_project (
    plan_id            bigint        not null references plan on delete cascade,
    project_id         bigint        not null,
    position           integer       not null,
    name               varchar(200)  not null,
    category           varchar(16)   not null check (category in ('CHAIN_LINKING', 'PUBLIC_SERVICE', 'NEW_ENERGY')),
    kind               varchar(100),
    owner_credit_code  char(18),
    investment         numeric       not null check (investment >= 0),
    primary key (plan_id, project_id)
);

create table plan_milestone (
    plan_id       bigint        not null,
    milestone_id  bigint        not null,
    project_id    bigint        not null,
    position      integer       not null,
    name          varchar(200)  not null,
    planned_date  date          not null,
    primary key (plan_id, milestone_id),
    foreign key (plan_id, project_id) references plan_project on delete cascade
);
