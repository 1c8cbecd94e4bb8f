-- materialflow: what the exchange delivered in completed deals (DealCompleted), per deal and year, so a park's model
-- can take it as flows between the two enterprises
create table mfa_exchange_delivery (
    deal_id        bigint         not null,
    year           integer        not null,
    supplier       char(18)       not null,
    supplier_name  varchar(200)   not null,
    supplier_park  varchar(64)    not null,
    receiver       char(18)       not null,
    receiver_name  varchar(200)   not null,
    receiver_park  varchar(64)    not null,
    material_code  varchar(20)    not null,
    material_name  varchar(200)   not null,
    unit           varchar(8)     not null,
    quantity       numeric(14, 3) not null,
    primary key (deal_id, year)
);
create index mfa_exchange_delivery_parks on mfa_exchange_delivery (supplier_park, receiver_park, year);
