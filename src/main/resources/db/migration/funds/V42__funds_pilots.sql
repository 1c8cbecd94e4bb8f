-- funds: pilot enterprises (试点企业, R19): a dated designation CITY records on an enterprise of a provincial-or-higher
-- demonstration park, revoked on a date; a pilot applies for a subsidy for itself (issue 14).
create table fund_pilot (
    credit_code      char(18)      primary key,
    park_code        varchar(64)   not null,
    designated_on    date          not null,
    document_number  varchar(100),
    revoked_on       date,
    designated_by    varchar(64)   not null,
    check (revoked_on is null or revoked_on > designated_on)
);
