-- materialflow: a park's material flow models, per year and scenario; the model itself is the JSON document of the
-- API's schema (docs/mfa-model.md), so that what is stored, imported, exported and reconciled is one shape
create table mfa_model (
    id          bigserial    primary key,
    park_code   varchar(64)  not null references park (code),
    year        integer      not null check (year between 2000 and 2100),
    scenario    varchar(100) not null,
    name        varchar(200) not null,
    document    jsonb        not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    unique (park_code, year, scenario)
);
