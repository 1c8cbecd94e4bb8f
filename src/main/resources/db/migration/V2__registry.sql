-- registry: parks (R1, R2), industries (GB/T 4754-2017), enterprises
create table park (
    code              varchar(64)  primary key,
    seq               integer      not null,
    name_zh           varchar(200) not null,
    name_en           varchar(200),
    level             varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    administered_by   varchar(100) not null,
    planned_area_km2  numeric(12, 3) check (planned_area_km2 >= 0),
    target_batch      integer      check (target_batch between 2000 and 2100),
    merged_into       varchar(64)  references park (code),
    focus             boolean      not null default false,
    note              text,
    version           integer      not null default 0,
    check (merged_into is null or merged_into <> code)
);

create table industry_division (
    code     char(2)      primary key,
    section  char(1)      not null,
    name_zh  varchar(100) not null,
    name_en  varchar(200) not null
);

create table enterprise (
    credit_code    char(18)     primary key,
    name           varchar(200) not null,
    park_code      varchar(64)  not null references park (code),
    industry_code  char(2)      not null references industry_division (code),
    address        varchar(300),
    latitude       numeric(9, 6) check (latitude between -90 and 90),
    longitude      numeric(9, 6) check (longitude between -180 and 180),
    size           varchar(8)   not null check (size in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    demo           boolean      not null default false,
    version        integer      not null default 0
);
create index enterprise_park on enterprise (park_code);
