-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 4.0): sessions in the database, so several
-- application nodes can serve behind a load balancer
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- identity: users hold roles bound to scopes
alter table app_user
    add column display_name    varchar(100),
    add column failed_attempts integer     not null default 0,
    add column locked_until    timestamptz,
    add column password_changed_at timestamptz not null default now();

create table user_grant (
    username varchar(64)  not null references app_user (username) on delete cascade,
    role     varchar(16)  not null check (role in ('ADMIN', 'CITY', 'COUNTY', 'PARK', 'ENTERPRISE', 'CONSULTANT', 'EXPERT')),
    scope    varchar(100)
);
create unique index user_grant_unique on user_grant (username, role, coalesce(scope, ''));

-- the administrator of the foundation also holds the CITY role, so that a fresh installation can be set up
insert into user_grant (username, role) select username, 'ADMIN' from app_user where username = 'admin';
insert into user_grant (username, role) select username, 'CITY' from app_user where username = 'admin';

-- API tokens for machine clients: only a SHA-256 hash of the (high-entropy) token is kept
create table api_token (
    id           bigserial    primary key,
    username     varchar(64)  not null references app_user (username) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_user on api_token (username);

-- enterprises register themselves; a PARK user of that park approves them
create table enterprise_registration (
    id            bigserial    primary key,
    credit_code   char(18)     not null,
    name          varchar(200) not null,
    park_code     varchar(64)  not null references park (code),
    industry_code char(2)      not null references industry_division (code),
    size          varchar(8)   not null,
    contact_name  varchar(100) not null,
    contact_phone varchar(40)  not null,
    username      varchar(64)  not null,
    password_hash varchar(200) not null,
    status        varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    submitted_at  timestamptz  not null default now(),
    decided_by    varchar(64),
    decided_at    timestamptz,
    decision_note text
);
create unique index registration_pending_code on enterprise_registration (credit_code) where status = 'PENDING';
create unique index registration_pending_user on enterprise_registration (username) where status = 'PENDING';

-- the audit trail: append-only, the database refuses to change or remove a record
create table audit_event (
    id        bigserial    primary key,
    at        timestamptz  not null default now(),
    username  varchar(64)  not null,
    address   varchar(64)  not null,
    action    varchar(32)  not null,
    entity    varchar(40)  not null,
    entity_id varchar(100),
    summary   text
);
create index audit_event_at on audit_event (at);
create index audit_event_entity on audit_event (entity, entity_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
