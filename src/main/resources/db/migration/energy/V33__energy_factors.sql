-- energy: the factors of the coal no longer burned (issue 13), as data with their source, which the city may revise:
-- tce per tonne of raw coal, the coal rate of a boiler per t/h and full-load hour (when its coal use is unknown), and
-- the emission factors of raw coal burned in an industrial grate boiler without treatment (kg per tonne).
create table energy_factor (
    code    varchar(20)   primary key check (code in ('TCE', 'COAL_RATE', 'SO2', 'NOX', 'PARTICULATES', 'CO2')),
    value   numeric       not null check (value >= 0),
    unit    varchar(40)   not null,
    source  varchar(400)  not null
);

insert into energy_factor (code, value, unit, source) values
    ('TCE', 0.7143, 'tce/t',
     'GB/T 2589-2008 综合能耗计算通则 附录A：原煤平均低位发热量 20 908 kJ/kg，折标准煤系数 0.7143 kgce/kg'),
    ('COAL_RATE', 0.1722, 't/(t/h·h)',
     '1 蒸吨/小时 = 0.7 MW = 2.52 GJ/h；燃煤工业锅炉热效率按 70 %（GB 24500-2009 能效限定值的量级），原煤 20.908 GJ/t：2.52 ÷ (0.70 × 20.908) = 0.1722 t 原煤/(蒸吨·小时)，运行小时按满负荷折算'),
    ('SO2', 16, 'kg/t',
     'HJ 953-2018 锅炉排污许可 物料衡算：SO2 = 2 × K × S_ar，K = 0.8（层燃炉），收到基硫分 S_ar 按 1.0 %：16 kg/t 原煤'),
    ('NOX', 2.94, 'kg/t',
     '第一次全国污染源普查 工业污染源产排污系数手册（2010 修订）4430 工业锅炉 层燃炉 燃煤 氮氧化物产污系数 2.94 kg/t 原煤'),
    ('PARTICULATES', 30, 'kg/t',
     'HJ 953-2018 锅炉排污许可 灰分平衡：颗粒物 = A_ar × d_fh，收到基灰分 A_ar 按 20 %，飞灰份额 d_fh 按 0.15（层燃炉）：30 kg/t 原煤（未经除尘）'),
    ('CO2', 1977.8968, 'kg/t',
     '2006 IPCC 国家温室气体清单指南 第2卷 第2章 表2.2：其他烟煤 94 600 kg CO2/TJ，氧化率 1；原煤 20.908 GJ/t（GB/T 2589-2008）：20.908 × 94.6 = 1 977.8968 kg/t');
