-- A project's stakeholder register, with what the notification-service needs to reach each stakeholder.
create table stakeholder (
    id                uuid          primary key,
    project_id        uuid          not null references project (id),
    name              varchar(200)  not null,
    email             varchar(320)  not null,
    organisation      varchar(200),
    role_title        varchar(200),
    influence         varchar(10)   not null,
    interest          varchar(10)   not null,
    preferred_channel varchar(20)   not null,
    frequency         varchar(20)   not null,
    time_zone         varchar(64)   not null,
    locale            varchar(35)   not null,
    member_id         uuid,
    member_subject    varchar(200),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null
);
-- One entry per address and project: two would tell the same person things twice, or different things.
create unique index stakeholder_email_unique on stakeholder (project_id, lower(email));

-- RACI letters for the project (no phase, no deliverable), one phase, or one deliverable.
create table stakeholder_raci (
    stakeholder_id uuid        not null references stakeholder (id) on delete cascade,
    position       integer     not null,
    scope          varchar(20) not null,
    phase          varchar(30),
    deliverable_id uuid,
    raci           varchar(20) not null,
    primary key (stakeholder_id, position)
);
create index stakeholder_raci_deliverable on stakeholder_raci (deliverable_id, raci);

create table stakeholder_notification (
    stakeholder_id uuid        not null references stakeholder (id) on delete cascade,
    kind           varchar(30) not null,
    primary key (stakeholder_id, kind)
);
