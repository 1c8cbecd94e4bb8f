-- reporting: R18's assessment of county units and park committees (issue 15). The grades and the default 100-point
-- scheme are data; a scheme copies its criteria, is run (the result kept as computed, with CITY's entered scores), and
-- once published its result is frozen. One published scheme per year.
create table assessment_grade (
    code      varchar(16)  primary key,
    floor     numeric(6,2) not null unique,
    name_zh   varchar(20)  not null,
    name_en   varchar(40)  not null
);
insert into assessment_grade values
    ('EXCELLENT', 90, '优秀', 'Excellent'), ('GOOD', 80, '良好', 'Good'), ('FAIR', 70, '中等', 'Fair'),
    ('PASS', 60, '合格', 'Pass'), ('FAIL', 0, '不合格', 'Fail');

create table assessment_default_criterion (
    position  integer      primary key,
    code      varchar(40)  not null unique,
    name_zh   varchar(100) not null,
    name_en   varchar(200) not null,
    weight    numeric(6,2) not null check (weight > 0),
    source    varchar(10)  not null check (source in ('COMPUTED', 'ENTERED')),
    metric    varchar(40),
    check ((source = 'COMPUTED') = (metric is not null))
);
insert into assessment_default_criterion values
    (1, 'CASE', '循环化改造进程', 'Progress of the transformation case', 20, 'COMPUTED', 'CASE_PROGRESS'),
    (2, 'PROJECTS', '重点项目按期推进', 'Key projects on schedule', 20, 'COMPUTED', 'PROJECT_SCHEDULE'),
    (3, 'INDICATORS', '指标完成程度', 'Indicator completion', 20, 'COMPUTED', 'INDICATOR_COMPLETION'),
    (4, 'GOALS', '目标达成', 'Targets reached', 10, 'COMPUTED', 'GOAL_ATTAINMENT'),
    (5, 'REPORT', '按时报送进展情况', 'Progress report on time', 10, 'COMPUTED', 'REPORT_ON_TIME'),
    (6, 'EXCHANGE', '废物交换活跃', 'Exchange activity', 5, 'COMPUTED', 'EXCHANGE_ACTIVITY'),
    (7, 'BOILERS', '燃煤锅炉淘汰', 'Coal boilers phased out', 5, 'COMPUTED', 'BOILER_COMPLIANCE'),
    (8, 'WORK', '组织保障与工作创新（市里评定）', 'Organisation and initiative (scored by the city)', 10, 'ENTERED', null);

create table assessment_scheme (
    id            bigserial    primary key,
    name          varchar(200) not null,
    year          integer      not null check (year between 2000 and 2100),
    status        varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'SCORED', 'PUBLISHED')),
    criteria      jsonb        not null,
    result        jsonb,
    run_at        timestamptz,
    published_at  timestamptz,
    published_by  varchar(64),
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    check ((status = 'DRAFT') = (result is null)),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create unique index assessment_published_once on assessment_scheme (year) where status = 'PUBLISHED';

create table assessment_entered_score (
    scheme_id   bigint       not null references assessment_scheme,
    unit        varchar(100) not null,
    criterion   varchar(40)  not null,
    score       numeric(6,2) not null check (score >= 0),
    comment     varchar(2000) not null,
    entered_by  varchar(64)  not null,
    entered_at  timestamptz  not null default now(),
    primary key (scheme_id, unit, criterion)
);
