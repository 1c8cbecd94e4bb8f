-- energy: R10's deadlines as data, per region (Wenzhou's from the 2014 work plan: coal boilers of at most 6 t/h by the
-- end of 2015 and of at most 10 t/h by the end of 2017; scattered coal boilers inside heat-network coverage by the
-- end of 2017) (issue 13).
create table energy_rule (
    code                 varchar(40)   primary key,
    kind                 varchar(32)   not null check (kind in ('COAL_AT_MOST', 'SCATTERED_COAL_IN_COVERAGE')),
    max_tonnes_per_hour  numeric       check (max_tonnes_per_hour > 0),
    deadline             date          not null,
    source               varchar(200)  not null,
    check ((kind = 'COAL_AT_MOST') = (max_tonnes_per_hour is not null))
);

insert into energy_rule (code, kind, max_tonnes_per_hour, deadline, source) values
    ('R10-2015-6TH',  'COAL_AT_MOST', 6, date '2015-12-31', '温政办〔2014〕27号：2015年底前，园区淘汰6蒸吨/小时以下的燃煤锅炉'),
    ('R10-2017-10TH', 'COAL_AT_MOST', 10, date '2017-12-31', '温政办〔2014〕27号：2017年底前，园区淘汰10蒸吨/小时以下的燃煤锅炉'),
    ('R10-2017-COVERAGE', 'SCATTERED_COAL_IN_COVERAGE', null, date '2017-12-31',
     '温政办〔2014〕27号：2017年底前，热网覆盖区域内分散燃煤锅炉全面淘汰');
