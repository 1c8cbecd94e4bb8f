-- programme: evaluations the city published, kept as they were reported (R13 publicity, R18 assessment), so that
-- what was reported stays reproducible after history is back-filled
create table goal_evaluation_publication (
    id            bigserial     primary key,
    goal_set_id   bigint        not null references goal_set (id),
    as_of         date          not null,
    comment       varchar(2000),
    snapshot      jsonb         not null,
    published_by  varchar(64)   not null,
    published_at  timestamptz   not null default now()
);
create index goal_evaluation_publication_set on goal_evaluation_publication (goal_set_id, published_at);
