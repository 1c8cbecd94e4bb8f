-- registry: the users of a consultancy (CONSULTANT users linked to it by CITY), who may draft the plan of a park that
-- engaged the consultancy (R14) (issue 12).
create table consultancy_member (
    username                  varchar(64)  primary key,
    consultancy_credit_code   char(18)     not null references consultancy (credit_code) on update cascade,
    linked_by                 varchar(64)  not null,
    linked_at                 timestamptz  not null default now()
);
