-- reporting: R16's annual progress reports (issue 15). One per reporting unit and year: a county-level unit (the parks'
-- administered_by) covering its parks, or a park the city administers itself reporting on its own. The editable
-- sections and, once submitted, the data as drafted then (frozen); every submission kept as a revision. The deadline
-- and the reminders as data.
create table report_deadline (
    kind             varchar(16)  primary key,
    due_month        integer      not null check (due_month between 1 and 12),
    due_day          integer      not null check (due_day between 1 and 31),
    reminder_month   integer      not null check (reminder_month between 1 and 12),
    reminder_day     integer      not null check (reminder_day between 1 and 31),
    source           varchar(300) not null
);
insert into report_deadline values ('ANNUAL', 12, 10, 11, 1,
    '温政办〔2014〕27号：各县（市、区）发改、财政部门于每年12月10日前将园区循环化改造进展情况报送市发改委、市财政局');

create table report (
    id            bigserial     primary key,
    unit          varchar(100),
    park_code     varchar(64),
    year          integer       not null check (year between 2000 and 2100),
    status        varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'RETURNED')),
    sections      jsonb         not null default '{}',
    data          jsonb,
    submitted_at  timestamptz,
    first_submitted_on date,
    comment       varchar(2000),
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null default now(),
    version       bigint        not null default 0,
    check ((unit is null) <> (park_code is null)),
    check ((status = 'DRAFT') = (data is null))
);
create unique index report_once on report (coalesce(unit, '@' || park_code), year);

create table report_revision (
    report_id     bigint        not null references report,
    revision      integer       not null,
    sections      jsonb         not null,
    data          jsonb         not null,
    submitted_at  timestamptz   not null,
    submitted_by  varchar(64)   not null,
    primary key (report_id, revision)
);
