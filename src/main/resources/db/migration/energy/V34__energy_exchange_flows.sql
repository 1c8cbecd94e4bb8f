-- energy: the exchange's completed deals as flows between two enterprises, drawn on the map (issue 13); kept from the
-- exchange's DealCompleted event (idempotent per deal).
create table energy_exchange_flow (
    deal_id        bigint        primary key,
    supplier       char(18)      not null,
    supplier_park  varchar(64)   not null,
    receiver       char(18)      not null,
    receiver_park  varchar(64)   not null,
    material_name  varchar(200)  not null,
    unit           varchar(16)   not null,
    quantity       numeric       not null,
    completed_at   timestamptz   not null
);
create index energy_exchange_flow_supplier_park on energy_exchange_flow (supplier_park);
create index energy_exchange_flow_receiver_park on energy_exchange_flow (receiver_park);
