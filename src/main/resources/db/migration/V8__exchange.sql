-- exchange: the catalogue of wastes, by-products, energy and water (R9, R11, R13); compatibility rules with their
-- sources; hazardous-waste operating licences; offers and needs; deals and their shipments (转移联单)

create table exchange_material (
    code                   varchar(20)  primary key,
    kind                   varchar(12)  not null check (kind in ('GENERAL', 'HAZARDOUS', 'BYPRODUCT', 'ENERGY', 'WATER')),
    category               varchar(8),
    name_zh                varchar(200) not null,
    name_en                varchar(200) not null,
    unit                   varchar(8)   not null,
    typical_disposal_cost  numeric(12, 2) not null default 0 check (typical_disposal_cost >= 0),
    selectable             boolean      not null default true,
    source                 varchar(300) not null
);

create table exchange_rule (
    id                bigserial     primary key,
    material_code     varchar(20)   not null references exchange_material (code),
    use_zh            varchar(200)  not null,
    use_en            varchar(200)  not null,
    industry_code     char(2)       references industry_division (code),
    max_distance_km   numeric(8, 1) check (max_distance_km > 0),
    licence_required  boolean       not null default false,
    quality_condition varchar(1000),
    source            varchar(1000) not null check (length(trim(source)) > 0),
    active            boolean       not null default true,
    updated_by        varchar(64)   not null,
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0
);
create index exchange_rule_material on exchange_rule (material_code);

create table exchange_licence (
    id                 bigserial      primary key,
    number             varchar(64)    not null unique,
    holder             char(18)       not null references enterprise (credit_code),
    codes              varchar(20)[]  not null,
    annual_capacity_t  numeric(14, 3) not null check (annual_capacity_t > 0),
    valid_from         date           not null,
    valid_to           date           not null,
    province           varchar(32)    not null,
    updated_by         varchar(64)    not null,
    updated_at         timestamptz    not null default now(),
    check (valid_to >= valid_from)
);
create index exchange_licence_holder on exchange_licence (holder);

create table exchange_listing (
    id               bigserial      primary key,
    kind             varchar(8)     not null check (kind in ('OFFER', 'NEED')),
    enterprise       char(18)       not null references enterprise (credit_code),
    park_code        varchar(64)    not null references park (code),
    title            varchar(200)   not null,
    material_code    varchar(20)    references exchange_material (code),
    quantity         numeric(14, 3) not null check (quantity > 0),
    period           varchar(8)     not null check (period in ('ONCE', 'MONTH', 'YEAR')),
    properties       varchar(2000),
    available_from   date,
    available_to     date,
    price            numeric(12, 2) check (price >= 0),
    disposal_cost    numeric(12, 2) check (disposal_cost >= 0),
    max_distance_km  numeric(8, 1)  check (max_distance_km > 0),
    latitude         numeric(9, 6)  not null check (latitude between -90 and 90),
    longitude        numeric(9, 6)  not null check (longitude between -180 and 180),
    status           varchar(8)     not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_by       varchar(64)    not null,
    created_at       timestamptz    not null default now(),
    version          integer        not null default 0,
    check ((kind = 'OFFER') = (material_code is not null)),
    check (kind = 'OFFER' or max_distance_km is not null),
    check (available_to is null or available_from is null or available_to >= available_from)
);
create index exchange_listing_open on exchange_listing (kind, status);
create index exchange_listing_material on exchange_listing (material_code);

-- what a need accepts, and what a unit of it is worth to the receiver (the input it replaces; private)
create table exchange_accept (
    listing_id      bigint         not null references exchange_listing (id) on delete cascade,
    material_code   varchar(20)    not null references exchange_material (code),
    value_per_unit  numeric(12, 2) not null check (value_per_unit >= 0),
    primary key (listing_id, material_code)
);
create index exchange_accept_material on exchange_accept (material_code);

create table exchange_deal (
    id              bigserial      primary key,
    offer_id        bigint         not null references exchange_listing (id),
    need_id         bigint         not null references exchange_listing (id),
    supplier        char(18)       not null references enterprise (credit_code),
    receiver        char(18)       not null references enterprise (credit_code),
    supplier_park   varchar(64)    not null references park (code),
    receiver_park   varchar(64)    not null references park (code),
    material_code   varchar(20)    not null references exchange_material (code),
    quantity        numeric(14, 3) not null check (quantity > 0),
    price           numeric(12, 2) check (price >= 0),
    distance_km     numeric(10, 2) not null,
    hazardous       boolean        not null,
    licence_id      bigint         references exchange_licence (id),
    cross_province  boolean        not null default false,
    approval_ref    varchar(100),
    status          varchar(12)    not null check (status in ('PROPOSED', 'AGREED', 'DELIVERING', 'COMPLETED', 'CANCELLED')),
    proposed_by     char(18)       not null,
    note            varchar(1000),
    created_at      timestamptz    not null default now(),
    agreed_at       timestamptz,
    completed_at    timestamptz,
    cancelled_at    timestamptz,
    version         integer        not null default 0,
    check (supplier <> receiver),
    check (not hazardous or licence_id is not null)
);
create index exchange_deal_status on exchange_deal (status);

create table exchange_shipment (
    id           bigserial      primary key,
    deal_id      bigint         not null references exchange_deal (id),
    shipped_on   date           not null,
    quantity     numeric(14, 3) not null check (quantity > 0),
    manifest_no  varchar(64)    unique,
    carrier      varchar(200),
    recorded_by  varchar(64)    not null,
    recorded_at  timestamptz    not null default now()
);
create index exchange_shipment_deal on exchange_shipment (deal_id);

-- The catalogue. General industrial solid waste: the categories of the 2024 固体废物分类与代码目录 (SWxx); the
-- materials users trade under a category carry a platform code (SW17-PLASTIC) with that category.
insert into exchange_material (code, kind, category, name_zh, name_en, unit, typical_disposal_cost, source) values
('SW01', 'GENERAL', 'SW01', '冶炼废渣', 'Smelting slag', 't', 60, '固体废物分类与代码目录（2024）'),
('SW01-STEEL', 'GENERAL', 'SW01', '钢渣', 'Steel slag', 't', 50, '固体废物分类与代码目录（2024）'),
('SW02', 'GENERAL', 'SW02', '粉煤灰', 'Fly ash', 't', 40, '固体废物分类与代码目录（2024）'),
('SW03', 'GENERAL', 'SW03', '炉渣', 'Furnace slag', 't', 35, '固体废物分类与代码目录（2024）'),
('SW04', 'GENERAL', 'SW04', '煤矸石', 'Coal gangue', 't', 30, '固体废物分类与代码目录（2024）'),
('SW05', 'GENERAL', 'SW05', '尾矿', 'Tailings', 't', 25, '固体废物分类与代码目录（2024）'),
('SW06', 'GENERAL', 'SW06', '脱硫石膏', 'Flue-gas desulphurisation gypsum', 't', 45, '固体废物分类与代码目录（2024）'),
('SW07', 'GENERAL', 'SW07', '污泥', 'Sludge', 't', 260, '固体废物分类与代码目录（2024）'),
('SW09', 'GENERAL', 'SW09', '赤泥', 'Red mud', 't', 50, '固体废物分类与代码目录（2024）'),
('SW10', 'GENERAL', 'SW10', '磷石膏', 'Phosphogypsum', 't', 40, '固体废物分类与代码目录（2024）'),
('SW11', 'GENERAL', 'SW11', '工业副产石膏', 'Industrial by-product gypsum', 't', 40, '固体废物分类与代码目录（2024）'),
('SW13', 'GENERAL', 'SW13', '食品残渣', 'Food-processing residues', 't', 120, '固体废物分类与代码目录（2024）'),
('SW14', 'GENERAL', 'SW14', '纺织皮革业废物', 'Textile and leather waste', 't', 300, '固体废物分类与代码目录（2024）'),
('SW14-TEXTILE', 'GENERAL', 'SW14', '废纺织品及边角料', 'Textile waste and offcuts', 't', 200, '固体废物分类与代码目录（2024）'),
('SW14-LEATHER', 'GENERAL', 'SW14', '皮革边角料', 'Leather offcuts', 't', 300, '固体废物分类与代码目录（2024）'),
('SW15', 'GENERAL', 'SW15', '造纸印刷业废物', 'Paper and printing waste', 't', 150, '固体废物分类与代码目录（2024）'),
('SW16', 'GENERAL', 'SW16', '化工废渣', 'Chemical industry waste residue', 't', 200, '固体废物分类与代码目录（2024）'),
('SW17', 'GENERAL', 'SW17', '可再生类废物', 'Recyclable waste', 't', 100, '固体废物分类与代码目录（2024）'),
('SW17-METAL', 'GENERAL', 'SW17', '废钢铁', 'Scrap iron and steel', 't', 0, '固体废物分类与代码目录（2024）'),
('SW17-NONFERROUS', 'GENERAL', 'SW17', '废有色金属', 'Non-ferrous scrap', 't', 0, '固体废物分类与代码目录（2024）'),
('SW17-PLASTIC', 'GENERAL', 'SW17', '废塑料', 'Waste plastics', 't', 150, '固体废物分类与代码目录（2024）'),
('SW17-PAPER', 'GENERAL', 'SW17', '废纸', 'Waste paper', 't', 80, '固体废物分类与代码目录（2024）'),
('SW17-WOOD', 'GENERAL', 'SW17', '废木材', 'Waste wood', 't', 100, '固体废物分类与代码目录（2024）'),
('SW17-RUBBER', 'GENERAL', 'SW17', '废橡胶', 'Waste rubber', 't', 120, '固体废物分类与代码目录（2024）'),
('SW17-GLASS', 'GENERAL', 'SW17', '废玻璃', 'Waste glass', 't', 80, '固体废物分类与代码目录（2024）'),
('SW59', 'GENERAL', 'SW59', '其他工业固体废物', 'Other industrial solid waste', 't', 150, '固体废物分类与代码目录（2024）'),
('BP-HCL', 'BYPRODUCT', null, '副产盐酸', 'By-product hydrochloric acid', 't', 400, 'ParkLoop'),
('BP-H2', 'BYPRODUCT', null, '副产氢气', 'By-product hydrogen', 'Nm3', 0, 'ParkLoop'),
('BP-CO2', 'BYPRODUCT', null, '副产二氧化碳', 'By-product carbon dioxide', 't', 0, 'ParkLoop'),
('HEAT-STEAM', 'ENERGY', null, '余热蒸汽', 'Waste-heat steam', 't', 0, 'ParkLoop'),
('HEAT-WATER', 'ENERGY', null, '余热热水', 'Waste-heat hot water', 'GJ', 0, 'ParkLoop'),
('WATER-RECLAIMED', 'WATER', null, '再生水', 'Reclaimed water', 'm3', 0, 'ParkLoop');

-- Hazardous waste: the categories of the 国家危险废物名录 (2021) and the eight-digit codes of the common ones.
-- HW41–HW44 belong to the 2008 list and were merged into other categories in 2016: kept to read old records, not
-- selectable.
insert into exchange_material (code, kind, category, name_zh, name_en, unit, typical_disposal_cost, selectable, source)
select c, 'HAZARDOUS', c, zh, en, 't', 3000, sel, '国家危险废物名录（2021年版）' from (values
('HW01', '医疗废物', 'Medical waste', true), ('HW02', '医药废物', 'Pharmaceutical waste', true),
('HW03', '废药物、药品', 'Discarded drugs and medicines', true), ('HW04', '农药废物', 'Pesticide waste', true),
('HW05', '木材防腐剂废物', 'Wood preservative waste', true),
('HW06', '废有机溶剂与含有机溶剂废物', 'Waste organic solvents', true),
('HW07', '热处理含氰废物', 'Cyanide-containing heat-treatment waste', true),
('HW08', '废矿物油与含矿物油废物', 'Waste mineral oil and oily waste', true),
('HW09', '油/水、烃/水混合物或乳化液', 'Oil/water and hydrocarbon/water mixtures or emulsions', true),
('HW10', '多氯（溴）联苯类废物', 'PCB/PBB waste', true), ('HW11', '精（蒸）馏残渣', 'Distillation residues', true),
('HW12', '染料、涂料废物', 'Dye and paint waste', true), ('HW13', '有机树脂类废物', 'Organic resin waste', true),
('HW14', '新化学物质废物', 'New chemical substance waste', true), ('HW15', '爆炸性废物', 'Explosive waste', true),
('HW16', '感光材料废物', 'Photosensitive material waste', true), ('HW17', '表面处理废物', 'Surface treatment waste', true),
('HW18', '焚烧处置残渣', 'Incineration residues', true), ('HW19', '含金属羰基化合物废物', 'Metal carbonyl waste', true),
('HW20', '含铍废物', 'Beryllium waste', true), ('HW21', '含铬废物', 'Chromium waste', true),
('HW22', '含铜废物', 'Copper waste', true), ('HW23', '含锌废物', 'Zinc waste', true),
('HW24', '含砷废物', 'Arsenic waste', true), ('HW25', '含硒废物', 'Selenium waste', true),
('HW26', '含镉废物', 'Cadmium waste', true), ('HW27', '含锑废物', 'Antimony waste', true),
('HW28', '含碲废物', 'Tellurium waste', true), ('HW29', '含汞废物', 'Mercury waste', true),
('HW30', '含铊废物', 'Thallium waste', true), ('HW31', '含铅废物', 'Lead waste', true),
('HW32', '无机氟化物废物', 'Inorganic fluoride waste', true), ('HW33', '无机氰化物废物', 'Inorganic cyanide waste', true),
('HW34', '废酸', 'Waste acid', true), ('HW35', '废碱', 'Waste alkali', true), ('HW36', '石棉废物', 'Asbestos waste', true),
('HW37', '有机磷化合物废物', 'Organophosphorus waste', true), ('HW38', '有机氰化物废物', 'Organic cyanide waste', true),
('HW39', '含酚废物', 'Phenolic waste', true), ('HW40', '含醚废物', 'Ether waste', true),
('HW41', '废卤化有机溶剂（2016年起不再使用）', 'Halogenated organic solvents (withdrawn 2016)', false),
('HW42', '废有机溶剂（2016年起不再使用）', 'Organic solvents (withdrawn 2016)', false),
('HW43', '含多氯苯并呋喃类废物（2016年起不再使用）', 'Polychlorinated dibenzofuran waste (withdrawn 2016)', false),
('HW44', '含多氯苯并二噁英废物（2016年起不再使用）', 'Polychlorinated dibenzo-dioxin waste (withdrawn 2016)', false),
('HW45', '含有机卤化物废物', 'Organohalogen waste', true), ('HW46', '含镍废物', 'Nickel waste', true),
('HW47', '含钡废物', 'Barium waste', true), ('HW48', '有色金属采选和冶炼废物', 'Non-ferrous mining and smelting waste', true),
('HW49', '其他废物', 'Other hazardous waste', true), ('HW50', '废催化剂', 'Spent catalysts', true)
) as t(c, zh, en, sel);

insert into exchange_material (code, kind, category, name_zh, name_en, unit, typical_disposal_cost, source) values
('900-214-08', 'HAZARDOUS', 'HW08', '车辆、机械维修和拆解过程中产生的废发动机油、制动器油、自动变速器油、齿轮油等废润滑油', 'Waste lubricating oils from vehicle and machinery maintenance', 't', 2500, '国家危险废物名录（2021年版）'),
('900-217-08', 'HAZARDOUS', 'HW08', '使用工业齿轮油进行机械设备润滑过程中产生的废润滑油', 'Waste industrial gear oil', 't', 2500, '国家危险废物名录（2021年版）'),
('900-218-08', 'HAZARDOUS', 'HW08', '液压设备维护、更换和拆解过程中产生的废液压油', 'Waste hydraulic oil', 't', 2500, '国家危险废物名录（2021年版）'),
('900-249-08', 'HAZARDOUS', 'HW08', '其他生产、销售、使用过程中产生的废矿物油及沾染矿物油的废弃包装物', 'Other waste mineral oil and oil-contaminated packaging', 't', 3000, '国家危险废物名录（2021年版）'),
('900-404-06', 'HAZARDOUS', 'HW06', '工业生产中作为清洗剂、萃取剂、溶剂或反应介质使用后废弃的其他有机溶剂', 'Other spent organic solvents from cleaning, extraction or reaction', 't', 3500, '国家危险废物名录（2021年版）'),
('900-252-12', 'HAZARDOUS', 'HW12', '使用油漆、有机溶剂进行喷漆、上漆过程中产生的废物', 'Waste from spray painting with paints and organic solvents', 't', 4000, '国家危险废物名录（2021年版）'),
('336-064-17', 'HAZARDOUS', 'HW17', '金属和塑料表面酸（碱）洗、除油、除锈、磷化等工艺产生的废腐蚀液、废槽液、槽渣和废水处理污泥', 'Spent pickling, degreasing and phosphating liquors, bath sludge and treatment sludge of metal and plastic surface treatment', 't', 3500, '国家危险废物名录（2021年版）'),
('772-002-18', 'HAZARDOUS', 'HW18', '危险废物等焚烧处置过程产生的焚烧残渣和飞灰', 'Residues and fly ash of hazardous waste incineration', 't', 3000, '国家危险废物名录（2021年版）'),
('900-300-34', 'HAZARDOUS', 'HW34', '使用酸进行清洗产生的废酸液', 'Spent acid from acid cleaning', 't', 2000, '国家危险废物名录（2021年版）'),
('900-039-49', 'HAZARDOUS', 'HW49', '烟气、VOCs治理过程产生的废活性炭', 'Spent activated carbon from flue-gas and VOC treatment', 't', 4500, '国家危险废物名录（2021年版）'),
('900-041-49', 'HAZARDOUS', 'HW49', '含有或沾染毒性、感染性危险废物的废弃包装物、容器、过滤吸附介质', 'Packaging, containers and filter media contaminated by hazardous waste', 't', 4000, '国家危险废物名录（2021年版）');

-- Compatibility rules, each with its source: what a material can replace, in which industry, on what conditions.
insert into exchange_rule (material_code, use_zh, use_en, industry_code, max_distance_km, licence_required, quality_condition, source, updated_by) values
('SW06', '纸面石膏板原料', 'Raw material of gypsum plasterboard', '30', null, false, '二水硫酸钙含量、附着水等符合 GB/T 37785', 'GB/T 37785-2019《烟气脱硫石膏》；发改环资〔2021〕381号《关于“十四五”大宗固体废弃物综合利用的指导意见》', 'system'),
('SW06', '水泥缓凝剂', 'Cement set retarder', '30', null, false, '符合 GB/T 21371《用于水泥中的工业副产石膏》', 'GB/T 21371-2019；发改环资〔2021〕381号', 'system'),
('SW02', '水泥混合材', 'Cement blending material', '30', null, false, '细度、烧失量等符合 GB/T 1596', 'GB/T 1596-2017《用于水泥和混凝土中的粉煤灰》', 'system'),
('SW02', '混凝土掺合料', 'Concrete admixture', '30', null, false, 'F类或C类，Ⅰ、Ⅱ级', 'GB/T 1596-2017《用于水泥和混凝土中的粉煤灰》', 'system'),
('SW01-STEEL', '路基材料', 'Road base material', '48', null, false, '浸水膨胀率、游离氧化钙含量符合 GB/T 25824', 'GB/T 25824-2010《道路用钢渣》', 'system'),
('SW01-STEEL', '钢渣微粉（水泥和混凝土掺合料）', 'Steel slag powder for cement and concrete', '30', null, false, '比表面积、活性指数符合 GB/T 20491', 'GB/T 20491-2017《用于水泥和混凝土中的钢渣粉》', 'system'),
('SW03', '墙体材料（砌块、砖）', 'Wall materials (blocks, bricks)', '30', null, false, '放射性核素限量符合 GB 6566', 'GB 6566-2010《建筑材料放射性核素限量》；发改环资〔2021〕381号', 'system'),
('SW07', '水泥窑协同处置', 'Co-processing in cement kilns', '30', null, false, '入窑物料符合 GB 30485', 'GB 30485-2013《水泥窑协同处置固体废物污染控制标准》', 'system'),
('SW07', '制砖', 'Brick making', '30', null, false, '泥质符合 GB/T 25031', 'GB/T 25031-2010《城镇污水处理厂污泥处置 制砖用泥质》', 'system'),
('HW08', '再生基础油', 'Re-refined base oil', null, null, true, '接收方持有覆盖该代码的危险废物经营许可证', 'HJ 607-2011《废矿物油回收利用污染控制技术规范》；《危险废物经营许可证管理办法》', 'system'),
('HW17', '表面处理废液中金属回收', 'Metal recovery from surface treatment liquors', null, null, true, '接收方持有覆盖该代码的危险废物经营许可证', '《危险废物经营许可证管理办法》；《国家危险废物名录（2021年版）》', 'system'),
('HW49', '危险废物集中利用处置', 'Central treatment of hazardous waste', null, null, true, '接收方持有覆盖该代码的危险废物经营许可证', '《危险废物经营许可证管理办法》', 'system'),
('SW17-PLASTIC', '再生塑料颗粒', 'Recycled plastic pellets', null, null, false, '分类、清洗符合 GB/T 37821', 'GB/T 37821-2019《废塑料再生利用技术规范》', 'system'),
('SW17-METAL', '炼钢原料', 'Steelmaking feedstock', null, null, false, '符合 GB/T 4223', 'GB/T 4223-2017《废钢铁》', 'system'),
('SW17-PAPER', '造纸原料', 'Papermaking fibre', '22', null, false, '符合 GB/T 20811', 'GB/T 20811-2018《废纸再生利用技术要求》', 'system'),
('SW14-TEXTILE', '再生纤维', 'Recycled fibre', null, null, false, '按 GB/T 38923 分类', 'GB/T 38923-2020《废旧纺织品分类与代码》', 'system'),
('HEAT-STEAM', '工业用汽', 'Process steam', null, 10, false, '压力、温度满足用汽工艺', '《热电联产管理办法》（发改能源〔2016〕617号）：以蒸汽为供热介质的供热半径一般按10公里考虑', 'system'),
('HEAT-WATER', '供暖及工艺热水', 'Space heating and process hot water', null, 20, false, '供回水温度满足用热需求', '《热电联产管理办法》（发改能源〔2016〕617号）：以热水为供热介质的供热半径一般按20公里考虑', 'system'),
('WATER-RECLAIMED', '工业冷却用水', 'Industrial cooling water', null, null, false, '水质符合 GB/T 19923', 'GB/T 19923《城市污水再生利用 工业用水水质》', 'system');
