-- The recipient directory: whoever can be notified, and how to reach them.
create table recipient (
    id                uuid          primary key,
    kind              varchar(30)   not null,
    display_name      varchar(200)  not null,
    person_subject    varchar(200),
    person_email      varchar(320),
    person_name       varchar(200),
    email             varchar(320),
    preferred_channel varchar(20)   not null,
    -- Null for an e-mail channel that follows the recipient's e-mail.
    channel_address   varchar(2000),
    frequency         varchar(20)   not null,
    time_zone         varchar(64)   not null,
    locale            varchar(35)   not null,
    source            varchar(20)   not null,
    active            boolean       not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint recipient_person_iff_person_kind check ((kind = 'PERSON') = (person_subject is not null)),
    constraint recipient_person_complete check (
        (person_subject is null) = (person_email is null) and (person_subject is null) = (person_name is null)),
    constraint recipient_email_iff_mailbox_kind check ((kind in ('PERSON', 'TEAM_MAILBOX')) = (email is not null)),
    constraint recipient_channel_reachable check (preferred_channel = 'EMAIL' or channel_address is not null)
);
-- A person is one recipient, whatever the number of projects naming them.
create unique index recipient_person_subject on recipient (person_subject) where person_subject is not null;
create index recipient_kind on recipient (kind);
create index recipient_display_name on recipient (display_name, id);

-- What this service knows of the project-service's projects (a projection of its events).
-- No unique key: keys may be swapped between projects whose events arrive on different partitions.
create table project (
    id          uuid         primary key,
    project_key varchar(100) not null,
    name        varchar(500) not null,
    status      varchar(30)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index project_key on project (project_key);

-- Who is who in a project; one row per role, so a sponsor who also manages has two.
create table project_recipient (
    project_id   uuid        not null references project (id),
    recipient_id uuid        not null references recipient (id),
    role         varchar(30) not null,
    primary key (project_id, recipient_id, role)
);
create index project_recipient_recipient on project_recipient (recipient_id);
