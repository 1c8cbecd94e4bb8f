-- transformation: each park's dated status transitions
create table park_transition (
    id              bigserial    primary key,
    park_code       varchar(64)  not null references park (code),
    seq             integer      not null,
    effective_date  date         not null,
    status          varchar(24)  not null,
    designation     varchar(24)  not null,
    note            text,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null default now(),
    unique (park_code, seq)
);
