-- energy: the boilers of the parks' enterprises (R10), with their capacity as given and in t/h, fuel, location in
-- WGS-84 (converted from the system it was taken in), and their dated status changes (issue 13).
create table boiler (
    id                  bigserial     primary key,
    credit_code         char(18)      not null,
    park_code           varchar(64)   not null,
    name                varchar(200),
    capacity            numeric       not null check (capacity > 0),
    capacity_unit       varchar(4)    not null check (capacity_unit in ('t/h', 'MW')),
    tonnes_per_hour     numeric       not null check (tonnes_per_hour > 0),
    fuel                varchar(16)   not null check (fuel in ('COAL', 'GAS', 'OIL', 'BIOMASS', 'ELECTRIC', 'HEAT_NETWORK')),
    heat_source         boolean       not null default false,
    commissioning_year  integer       check (commissioning_year between 1900 and 2100),
    latitude            double precision not null check (latitude between -90 and 90),
    longitude           double precision not null check (longitude between -180 and 180),
    crs                 varchar(6)    not null default 'WGS84' check (crs in ('WGS84', 'GCJ02', 'BD09')),
    annual_coal_tonnes  numeric       check (annual_coal_tonnes >= 0),
    operating_hours     integer       check (operating_hours between 0 and 8784),
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null default now(),
    version             bigint        not null default 0
);
create index boiler_park on boiler (park_code);
create index boiler_enterprise on boiler (credit_code);

create table boiler_change (
    id           bigserial     primary key,
    boiler_id    bigint        not null references boiler on delete cascade,
    changed_on   date          not null,
    status       varchar(28)   not null check (status in ('IN_USE', 'STANDBY', 'ELIMINATED', 'CONVERTED',
                                                          'REPLACED_BY_CENTRAL_HEATING')),
    fuel         varchar(16)   check (fuel in ('COAL', 'GAS', 'OIL', 'BIOMASS', 'ELECTRIC', 'HEAT_NETWORK')),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null default now(),
    check (status <> 'CONVERTED' or fuel is not null)
);
create index boiler_change_boiler on boiler_change (boiler_id, changed_on);
