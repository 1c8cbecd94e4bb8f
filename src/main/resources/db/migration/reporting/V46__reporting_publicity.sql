-- reporting: R13's publicity and participation (issue 15). Announcements (公示) CITY publishes with an objection
-- period; the public's feedback and objections with CITY's moderation (answered ones are published with the answer,
-- never with the name or the contact); the rate of feedback per client address and hour, counted here so that every
-- node agrees. The public page is cached: the tables it reads bump their modules' change generations (V14).
create table announcement (
    id              bigserial     primary key,
    kind            varchar(12)   not null check (kind in ('ACCEPTANCE', 'DESIGNATION', 'SUBSIDY', 'ASSESSMENT', 'OTHER')),
    title           varchar(200)  not null,
    body            varchar(4000) not null,
    park_code       varchar(64),
    published_on    date          not null,
    objection_days  integer       not null check (objection_days between 0 and 365),
    withdrawn       boolean       not null default false,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now()
);
create index announcement_published on announcement (published_on desc);

create table feedback (
    id               bigserial     primary key,
    name             varchar(100),
    contact          varchar(200)  not null,
    text             varchar(4000) not null,
    park_code        varchar(64),
    announcement_id  bigint        references announcement,
    status           varchar(10)   not null default 'RECEIVED' check (status in ('RECEIVED', 'ANSWERED', 'HIDDEN')),
    answer           varchar(4000),
    moderated_by     varchar(64),
    moderated_at     timestamptz,
    received_at      timestamptz   not null default now(),
    version          bigint        not null default 0,
    check ((status = 'ANSWERED') = (answer is not null) or status = 'HIDDEN')
);
create index feedback_status on feedback (status, received_at desc);

create table feedback_rate (
    client        varchar(64)  not null,
    window_start  timestamptz  not null,
    attempts      integer      not null,
    primary key (client, window_start)
);

select track_changes('announcement', 'reporting');
select track_changes('feedback', 'reporting');
select track_changes('assessment_scheme', 'reporting');
