-- funds (issue 14, R19): programmes with a budget per year, applications for listed key projects, instalments tied to
-- milestones, and the ledger. Amounts in 元 as exact decimals (two places). Per programme and year the budget is
-- always committed (not yet paid) + paid + free, free never negative: the check below, and every change of the
-- totals is a ledger entry written in the same transaction (and checked against the entries there).
create table fund_programme (
    id                 bigserial     primary key,
    name               varchar(200)  not null unique,
    level              varchar(8)    not null check (level in ('CITY', 'PROVINCE', 'NATIONAL')),
    cap_share          numeric(5, 4) not null default 0.3 check (cap_share > 0 and cap_share <= 1),
    categories         varchar(60)   not null default 'CHAIN_LINKING,PUBLIC_SERVICE,NEW_ENERGY',
    announcement_days  integer       not null default 7 check (announcement_days between 0 and 60),
    created_by         varchar(64)   not null,
    created_at         timestamptz   not null default now()
);

create table fund_budget (
    programme_id  bigint         not null references fund_programme,
    year          integer        not null check (year between 2000 and 2100),
    budget        numeric(18, 2) not null check (budget >= 0),
    committed     numeric(18, 2) not null default 0,
    paid          numeric(18, 2) not null default 0,
    primary key (programme_id, year),
    check (committed >= 0 and paid >= 0 and committed + paid <= budget)
);

create table fund_application (
    id             bigserial      primary key,
    programme_id   bigint         not null references fund_programme,
    park_code      varchar(64)    not null,
    project_id     bigint,
    credit_code    char(18),
    project_name   varchar(200),
    plan_id        bigint,
    amount         numeric(18, 2) not null check (amount > 0),
    applied_on     date           not null,
    status         varchar(10)    not null default 'SUBMITTED'
                                  check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    granted        numeric(18, 2) check (granted > 0),
    budget_year    integer,
    decided_on     date,
    announced_until date,
    comment        varchar(2000),
    decided_by     varchar(64),
    repaid         numeric(18, 2) not null default 0 check (repaid >= 0),
    created_by     varchar(64)    not null,
    created_at     timestamptz    not null default now(),
    check ((project_id is null) <> (credit_code is null)),
    check ((status in ('APPROVED', 'CANCELLED')) = (granted is not null and budget_year is not null))
);
create index fund_application_park on fund_application (park_code);

create table fund_instalment (
    application_id  bigint         not null references fund_application,
    seq             integer        not null,
    amount          numeric(18, 2) not null check (amount > 0),
    milestone_id    bigint,
    milestone_name  varchar(200),
    paid            numeric(18, 2) not null default 0,
    primary key (application_id, seq),
    check (paid >= 0 and paid <= amount)
);

create table fund_ledger_entry (
    id                bigserial      primary key,
    programme_id      bigint         not null,
    year              integer        not null,
    application_id    bigint         references fund_application,
    kind              varchar(12)    not null check (kind in ('BUDGET', 'COMMITMENT', 'DISBURSEMENT', 'CANCELLATION',
                                                              'REPAYMENT')),
    budget_change     numeric(18, 2) not null default 0,
    committed_change  numeric(18, 2) not null default 0,
    paid_change       numeric(18, 2) not null default 0,
    entry_date        date           not null,
    reference         varchar(100),
    note              varchar(500),
    recorded_by       varchar(64)    not null,
    recorded_at       timestamptz    not null default now(),
    foreign key (programme_id, year) references fund_budget
);
create index fund_ledger_entry_budget on fund_ledger_entry (programme_id, year, id);
