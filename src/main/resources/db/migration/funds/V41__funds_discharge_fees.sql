-- funds: R19's industrial solid-waste discharge fee as data (issue 14): rates per tonne by waste type, per regime and
-- the years it applied. Until 2017 the discharge fee (排污费, 2003 standard); from 2018 the environmental protection tax
-- that replaced it (环境保护税法, its table of items and amounts). Informational: the platform collects nothing.
create table fund_fee_rate (
    regime      varchar(16)    not null check (regime in ('DISCHARGE_FEE', 'ENVIRONMENT_TAX')),
    waste_type  varchar(20)    not null,
    name_zh     varchar(60)    not null,
    name_en     varchar(120)   not null,
    rate        numeric(10, 2) not null check (rate >= 0),
    from_year   integer        not null,
    to_year     integer,
    source      varchar(300)   not null,
    primary key (regime, waste_type)
);

insert into fund_fee_rate (regime, waste_type, name_zh, name_en, rate, from_year, to_year, source) values
    ('DISCHARGE_FEE', 'SMELTING_SLAG', '冶炼渣', 'Smelting slag', 25, 2003, 2017, '排污费征收标准管理办法（2003年国家计委等令第31号）：固体废物排污费征收标准'),
    ('DISCHARGE_FEE', 'FLY_ASH', '粉煤灰', 'Fly ash', 30, 2003, 2017, '排污费征收标准管理办法（2003年国家计委等令第31号）：固体废物排污费征收标准'),
    ('DISCHARGE_FEE', 'FURNACE_SLAG', '炉渣', 'Furnace slag', 25, 2003, 2017, '排污费征收标准管理办法（2003年国家计委等令第31号）：固体废物排污费征收标准'),
    ('DISCHARGE_FEE', 'COAL_GANGUE', '煤矸石', 'Coal gangue', 5, 2003, 2017, '排污费征收标准管理办法（2003年国家计委等令第31号）：固体废物排污费征收标准'),
    ('DISCHARGE_FEE', 'TAILINGS', '尾矿', 'Tailings', 15, 2003, 2017, '排污费征收标准管理办法（2003年国家计委等令第31号）：固体废物排污费征收标准'),
    ('DISCHARGE_FEE', 'OTHER', '其他渣（含半固态、液态废物）', 'Other residues (incl. semi-solid and liquid)', 25, 2003, 2017, '排污费征收标准管理办法（2003年国家计委等令第31号）：固体废物排污费征收标准'),
    ('ENVIRONMENT_TAX', 'COAL_GANGUE', '煤矸石', 'Coal gangue', 5, 2018, null, '中华人民共和国环境保护税法（2016）附表一 环境保护税税目税额表'),
    ('ENVIRONMENT_TAX', 'TAILINGS', '尾矿', 'Tailings', 15, 2018, null, '中华人民共和国环境保护税法（2016）附表一 环境保护税税目税额表'),
    ('ENVIRONMENT_TAX', 'HAZARDOUS', '危险废物', 'Hazardous waste', 1000, 2018, null, '中华人民共和国环境保护税法（2016）附表一 环境保护税税目税额表'),
    ('ENVIRONMENT_TAX', 'OTHER', '冶炼渣、粉煤灰、炉渣、其他固体废物（含半固态、液态废物）', 'Smelting slag, fly ash, furnace slag, other solid waste (incl. semi-solid and liquid)', 25, 2018, null, '中华人民共和国环境保护税法（2016）附表一 环境保护税税目税额表');
