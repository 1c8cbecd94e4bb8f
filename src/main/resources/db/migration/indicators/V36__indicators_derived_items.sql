-- indicators: park-level figures other modules derive from their own data and hand over through the facade (issue 13:
-- the energy module's renewable generation and coal no longer burned), kept apart from what parks report and marked
-- with the module they come from; replaced as a whole per park, year and source.
create table ind_derived_value (
    park_code   varchar(40)   not null,
    year        integer       not null check (year between 1990 and 2100),
    source      varchar(40)   not null,
    item        varchar(60)   not null,
    name_zh     varchar(200)  not null,
    name_en     varchar(200)  not null,
    value       numeric       not null,
    unit        varchar(16)   not null,
    updated_at  timestamptz   not null default now(),
    primary key (park_code, year, source, item)
);
