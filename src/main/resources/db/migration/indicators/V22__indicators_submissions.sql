-- indicators: what enterprises and parks report per year, the park values computed from it, the parks' targets
-- (issue 11). A submission's subject is an enterprise (credit_code) or, for park-level items, the park itself.
-- park_code is the park the enterprise belonged to when the submission was made: an enterprise that moves later does
-- not take its past data along. A correction after acceptance is a new revision; accepted revisions stay, the
-- earlier ones marked superseded once the correction is accepted.
create table ind_submission (
    id            bigserial     primary key,
    credit_code   varchar(18),
    park_code     varchar(40)   not null,
    year          integer       not null check (year between 1990 and 2100),
    revision      integer       not null check (revision >= 1),
    status        varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    on_behalf     boolean       not null default false,
    comment       varchar(2000),
    confirmed     varchar(4000),
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null default now(),
    submitted_by  varchar(64),
    submitted_at  timestamptz,
    decided_by    varchar(64),
    decided_at    timestamptz,
    superseded    boolean       not null default false,
    version       bigint        not null default 0,
    check (credit_code is not null or not on_behalf),
    check (not superseded or status = 'ACCEPTED')
);
create unique index ind_submission_revision
    on ind_submission ((coalesce(credit_code, '@' || park_code)), year, revision);
-- at most one revision in the making per subject and year
create unique index ind_submission_open
    on ind_submission ((coalesce(credit_code, '@' || park_code)), year) where status <> 'ACCEPTED';
-- the latest accepted revision of a subject and year (a later accepted correction supersedes it): what the
-- indicators are computed from
create unique index ind_submission_latest
    on ind_submission ((coalesce(credit_code, '@' || park_code)), year) where status = 'ACCEPTED' and not superseded;
create index ind_submission_accepted on ind_submission (year, park_code) where status = 'ACCEPTED' and not superseded;
create index ind_submission_park on ind_submission (park_code, status);

create table ind_submission_value (
    submission_id  bigint       not null references ind_submission on delete cascade,
    item           varchar(40)  not null references indicator_item,
    value          numeric      not null check (value >= 0),
    unit           varchar(16)  not null,
    canonical      numeric      not null check (canonical >= 0),
    -- the price base year of a money amount given at constant prices (可比价), null at current prices
    price_base_year integer     check (price_base_year between 1950 and 2100),
    primary key (submission_id, item)
);

-- the parks' indicator values of a year, recomputed from the latest accepted revisions: a JSON object by indicator
-- code, the numbers exactly as computed (null: a divisor was zero); one row per park-year
create table ind_park_value (
    park_code         varchar(40)  not null,
    year              integer      not null,
    indicator_values  jsonb        not null,
    computed_at       timestamptz  not null default now(),
    primary key (park_code, year)
);

-- a park's targets: one set per park (base year and baselines, target year and targets); ENTERED by the park or the
-- city, or PLAN (set from an approved plan: locked, changed only by an approved revision of it)
create table ind_target_set (
    park_code    varchar(40)  primary key,
    base_year    integer      not null check (base_year between 1990 and 2100),
    target_year  integer      not null check (target_year between 1990 and 2100),
    source       varchar(8)   not null check (source in ('ENTERED', 'PLAN')),
    plan_ref     varchar(100),
    updated_by   varchar(64)  not null,
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    check (target_year > base_year)
);
create table ind_target (
    park_code  varchar(40)  not null references ind_target_set on delete cascade,
    code       varchar(60)  not null,
    baseline   numeric,
    target     numeric      not null check (target >= 0),
    primary key (park_code, code)
);

-- what each enterprise delivered through the exchange's completed deals, per year, in t (a plausibility check of the
-- utilisation it reports, never added to it)
create table ind_delivery (
    deal_id    bigint       not null,
    year       integer      not null,
    supplier   varchar(18)  not null,
    hazardous  boolean      not null,
    tonnes     numeric      not null,
    primary key (deal_id, year)
);
create index ind_delivery_supplier on ind_delivery (supplier, year);
