-- funds: R19's recommendations of listed key projects to provincial and central programmes, with their outcome and
-- the amount granted there (money outside the city's budget: recorded, not booked in its ledger) (issue 14).
create table fund_recommendation (
    id              bigserial      primary key,
    programme_id    bigint         not null references fund_programme,
    park_code       varchar(64)    not null,
    project_id      bigint         not null,
    project_name    varchar(200)   not null,
    recommended_on  date           not null,
    note            varchar(1000),
    outcome         varchar(10)    not null default 'PENDING' check (outcome in ('PENDING', 'GRANTED', 'DECLINED')),
    granted         numeric(18, 2) check (granted > 0),
    outcome_on      date,
    recommended_by  varchar(64)    not null,
    check ((outcome = 'GRANTED') = (granted is not null)),
    check ((outcome = 'PENDING') = (outcome_on is null)),
    check (outcome_on is null or outcome_on >= recommended_on)
);
create unique index fund_recommendation_once on fund_recommendation (programme_id, project_id);
