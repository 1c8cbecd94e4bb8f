-- energy: R8's industries and entry rules (issue 13). Wenzhou's five pillar and ten emerging industries (温政办〔2014〕27号)
-- mapped to divisions of GB/T 4754-2017 (two digits, what the registry keeps: a division may serve two categories, e.g.
-- 37 for rail transit and general aviation, and is then counted in each); entry standards as ceilings of energy or
-- water intensity per division, kept by the city; backward capacity to phase out by a deadline.
create table energy_industry_category (
    code     varchar(32)   primary key,
    kind     varchar(8)    not null check (kind in ('PILLAR', 'EMERGING')),
    seq      integer       not null,
    name_zh  varchar(40)   not null,
    name_en  varchar(80)   not null
);

create table energy_industry_division (
    category_code  varchar(32)  not null references energy_industry_category,
    division_code  char(2)      not null references industry_division (code),
    primary key (category_code, division_code)
);

insert into energy_industry_category (code, kind, seq, name_zh, name_en) values
    ('ELECTRICAL', 'PILLAR', 1, '电气', 'Electrical equipment'),
    ('FOOTWEAR', 'PILLAR', 2, '鞋业', 'Footwear'),
    ('CLOTHING', 'PILLAR', 3, '服装', 'Clothing'),
    ('AUTO_PARTS', 'PILLAR', 4, '汽摩配', 'Auto and motorcycle parts'),
    ('PUMPS_VALVES', 'PILLAR', 5, '泵阀', 'Pumps and valves'),
    ('NETWORK_ECONOMY', 'EMERGING', 6, '网络经济', 'Network economy'),
    ('TOURISM', 'EMERGING', 7, '旅游休闲', 'Tourism and leisure'),
    ('LOGISTICS', 'EMERGING', 8, '现代物流', 'Modern logistics'),
    ('LASER_OPTOELECTRONICS', 'EMERGING', 9, '激光与光电', 'Laser and optoelectronics'),
    ('PORT_PETROCHEMICALS', 'EMERGING', 10, '临港石化', 'Port petrochemicals'),
    ('RAIL_TRANSIT', 'EMERGING', 11, '轨道交通', 'Rail transit'),
    ('GENERAL_AVIATION', 'EMERGING', 12, '通用航空', 'General aviation'),
    ('NEW_MATERIALS', 'EMERGING', 13, '新材料', 'New materials'),
    ('CULTURAL_CREATIVE', 'EMERGING', 14, '文化创意', 'Cultural and creative industries'),
    ('LIFE_HEALTH', 'EMERGING', 15, '生命健康', 'Life and health');

insert into energy_industry_division (category_code, division_code) values
    ('ELECTRICAL', '38'),
    ('FOOTWEAR', '19'),
    ('CLOTHING', '18'),
    ('AUTO_PARTS', '36'),
    ('PUMPS_VALVES', '34'),
    ('NETWORK_ECONOMY', '64'), ('NETWORK_ECONOMY', '65'),
    ('TOURISM', '61'), ('TOURISM', '90'),
    ('LOGISTICS', '54'), ('LOGISTICS', '58'), ('LOGISTICS', '59'), ('LOGISTICS', '60'),
    ('LASER_OPTOELECTRONICS', '39'), ('LASER_OPTOELECTRONICS', '40'),
    ('PORT_PETROCHEMICALS', '25'), ('PORT_PETROCHEMICALS', '26'),
    ('RAIL_TRANSIT', '37'),
    ('GENERAL_AVIATION', '37'), ('GENERAL_AVIATION', '56'),
    ('NEW_MATERIALS', '30'), ('NEW_MATERIALS', '32'),
    ('CULTURAL_CREATIVE', '23'), ('CULTURAL_CREATIVE', '24'), ('CULTURAL_CREATIVE', '86'), ('CULTURAL_CREATIVE', '87'),
    ('CULTURAL_CREATIVE', '88'),
    ('LIFE_HEALTH', '27'), ('LIFE_HEALTH', '84');

create table energy_entry_standard (
    industry_code  char(2)       not null references industry_division (code),
    indicator      varchar(20)   not null check (indicator in ('ENERGY_INTENSITY', 'WATER_INTENSITY')),
    ceiling        numeric       not null check (ceiling > 0),
    source         varchar(400)  not null,
    primary key (industry_code, indicator)
);

create table energy_backward_capacity (
    id             bigserial     primary key,
    credit_code    char(18)      not null,
    park_code      varchar(64)   not null,
    description    varchar(400)  not null,
    capacity       numeric       check (capacity > 0),
    unit           varchar(20),
    deadline       date          not null,
    source         varchar(400)  not null,
    eliminated_on  date,
    created_by     varchar(64)   not null
);
create index energy_backward_capacity_park on energy_backward_capacity (park_code);
