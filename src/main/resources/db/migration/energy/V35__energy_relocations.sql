-- energy: R7's cases of enterprises inside a restricted zoning area (ecological red line, water-source protection,
-- residential buffer, land-use plan): relocation or conversion, opened on a date, closed with a dated outcome
-- (issue 13). The zone is copied as it was when the case was opened (zoning layers are versioned by date).
create table energy_relocation (
    id            bigserial     primary key,
    credit_code   char(18)      not null,
    park_code     varchar(64)   not null,
    zone_name     varchar(200),
    restriction   varchar(200)  not null,
    action        varchar(10)   not null check (action in ('RELOCATE', 'CONVERT')),
    opened_on     date          not null,
    note          varchar(1000),
    outcome       varchar(10)   not null default 'OPEN'
                                check (outcome in ('OPEN', 'RELOCATED', 'CONVERTED', 'CLOSED', 'EXEMPTED')),
    outcome_on    date,
    outcome_note  varchar(1000),
    opened_by     varchar(64)   not null,
    check ((outcome = 'OPEN') = (outcome_on is null)),
    check (outcome_on is null or outcome_on >= opened_on)
);
create index energy_relocation_park on energy_relocation (park_code);
create unique index energy_relocation_one_open on energy_relocation (credit_code) where outcome = 'OPEN';
