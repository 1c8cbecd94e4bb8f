-- energy: renewable and efficient installations of the parks' enterprises (R12): distributed PV, solar hot water, heat
-- pumps, biomass, combined cooling-heat-power; capacity in kW (solar hot water: collector area in m²), annual
-- generation as electricity in MWh and heat in GJ, in operation from a date (until a date) (issue 13).
create table energy_renewable (
    id                 bigserial     primary key,
    credit_code        char(18)      not null,
    park_code          varchar(64)   not null,
    name               varchar(200),
    kind               varchar(16)   not null check (kind in ('PV', 'SOLAR_THERMAL', 'HEAT_PUMP', 'BIOMASS', 'CHP')),
    capacity           numeric       not null check (capacity > 0),
    capacity_unit      varchar(4)    not null check (capacity_unit in ('kW', 'm²')),
    electricity_mwh    numeric       check (electricity_mwh >= 0),
    heat_gj            numeric       check (heat_gj >= 0),
    commissioned_on    date          not null,
    decommissioned_on  date,
    created_by         varchar(64)   not null,
    version            bigint        not null default 0,
    check (decommissioned_on is null or decommissioned_on > commissioned_on)
);
create index energy_renewable_park on energy_renewable (park_code);
