-- indicators: the data items enterprises and parks report, and the indicator definitions over them (issue 11).
-- Both are data: loaded from seed/indicators on first start, then kept by CITY. A definition is changed by a new
-- version valid from a year, so that past years keep the formula they were computed with.
create table indicator_item (
    code       varchar(40)  primary key,
    name_zh    varchar(100) not null,
    name_en    varchar(200) not null,
    dimension  varchar(16)  not null check (dimension in ('MONEY', 'MASS', 'ENERGY', 'VOLUME', 'AREA', 'GAS_VOLUME')),
    unit       varchar(16)  not null,
    level      varchar(12)  not null check (level in ('ENTERPRISE', 'PARK')),
    note       varchar(500)
);

create table indicator_definition (
    id          bigserial     primary key,
    code        varchar(60)   not null,
    valid_from  integer       not null check (valid_from between 1990 and 2100),
    name_zh     varchar(100)  not null,
    name_en     varchar(200)  not null,
    formula     varchar(1000) not null,
    unit        varchar(20)   not null,
    direction   varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source      varchar(1000) not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null default now(),
    unique (code, valid_from)
);
