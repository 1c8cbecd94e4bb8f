-- programme: goal sets and their goals (R4-R6)
create table goal_set (
    id          bigserial    primary key,
    name_zh     varchar(200) not null,
    name_en     varchar(200),
    description text,
    version     integer      not null default 0
);

create table goal (
    id           bigserial    primary key,
    goal_set_id  bigint       not null references goal_set (id) on delete cascade,
    position     integer      not null,
    kind         varchar(24)  not null check (kind in ('SHARE_AT_LEAST', 'DESIGNATION_COUNT', 'BATCH_AT_LEAST')),
    deadline     date         not null,
    level        varchar(16),
    min_status   varchar(24),
    percent      numeric(5, 2) check (percent > 0 and percent <= 100),
    designation  varchar(24),
    min_count    integer      check (min_count >= 0),
    max_count    integer,
    batch        integer,
    label_zh     varchar(300),
    label_en     varchar(300),
    unique (goal_set_id, position)
);

-- The Wenzhou goal set of 温政办〔2014〕27号 (R4, R5, R6).
insert into goal_set (name_zh, name_en, description)
values ('温州市园区循环化改造目标（温政办〔2014〕27号）',
        'Wenzhou park circular transformation goals (Wenzhou Gov. Office 2014 No. 27)',
        '一(三) 主要目标与附件1：2015年底前50%以上国家级园区和30%以上省级园区实施循环化改造，1-2个园区争创省级示范；2017年底前70%以上省级以上园区实施循环化改造，累计2-3个省级示范园区、1个国家级示范园区。');

insert into goal (goal_set_id, position, kind, deadline, level, min_status, percent, designation, min_count, max_count, batch)
select s.id, g.position, g.kind, g.deadline, g.level, g.min_status, g.percent, g.designation, g.min_count, g.max_count, g.batch
from goal_set s,
     (values (1, 'SHARE_AT_LEAST',    date '2015-12-31', 'NATIONAL',         'IMPLEMENTING',   50::numeric, null,              null::int, null::int, null::int),
             (2, 'SHARE_AT_LEAST',    date '2015-12-31', 'PROVINCIAL',       'IMPLEMENTING',   30,          null,              null,      null,      null),
             (3, 'DESIGNATION_COUNT', date '2015-12-31', null,               null,             null,        'PROVINCIAL_DEMO', 1,         2,         null),
             (4, 'BATCH_AT_LEAST',    date '2015-12-31', null,               'IMPLEMENTING',   null,        null,              null,      null,      2015),
             (5, 'SHARE_AT_LEAST',    date '2017-12-31', null,               'IMPLEMENTING',   70,          null,              null,      null,      null),
             (6, 'DESIGNATION_COUNT', date '2017-12-31', null,               null,             null,        'PROVINCIAL_DEMO', 2,         3,         null),
             (7, 'DESIGNATION_COUNT', date '2017-12-31', null,               null,             null,        'NATIONAL_DEMO',   1,         1,         null),
             (8, 'BATCH_AT_LEAST',    date '2017-12-31', null,               'IMPLEMENTING',   null,        null,              null,      null,      2017))
     as g (position, kind, deadline, level, min_status, percent, designation, min_count, max_count, batch);
