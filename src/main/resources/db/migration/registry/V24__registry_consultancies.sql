-- registry: the engineering consultancies (工程咨询单位) that compile parks' plans (R14), kept by CITY, and the experts'
-- profiles (affiliation and speciality) by user name, for the review of plans (R15) (issue 12).
create table consultancy (
    credit_code             char(18)     primary key,
    name                    varchar(200) not null,
    grade                   char(1)      not null check (grade in ('A', 'B', 'C')),
    certificate_number      varchar(64)  not null,
    certificate_valid_until date         not null,
    version                 integer      not null default 0
);

create table expert_profile (
    username                 varchar(64)  primary key,
    affiliation_credit_code  char(18),
    affiliation_park_code    varchar(64)  references park (code),
    speciality               varchar(200),
    version                  integer      not null default 0
);
