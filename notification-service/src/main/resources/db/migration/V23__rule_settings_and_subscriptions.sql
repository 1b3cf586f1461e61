-- Built-in rules switched off (or on again) per project by its manager or sponsor; no row = on.
create table project_rule (
    project_id uuid         not null,
    rule       varchar(50)  not null,
    enabled    boolean      not null,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    primary key (project_id, rule)
);

-- Explicit subscriptions: the owner (caller who created it) hears about the matching events of the projects they
-- may read, through one of their recipients.
create table subscription (
    id               uuid          primary key,
    owner_subject    varchar(200)  not null,
    recipient_id     uuid          not null references recipient (id),
    -- Comma-separated patterns: exact types, a prefix ending in .* or * alone.
    event_types      varchar(2000) not null,
    project_id       uuid,
    minimum_severity varchar(20)   not null,
    delivery         varchar(20)   not null,
    created_at       timestamptz   not null,
    version          bigint        not null
);
create index subscription_owner on subscription (owner_subject, created_at);
create index subscription_project on subscription (project_id);

-- What a recipient is to hear in their next digest instead of at once; sent_at set once a digest carried it.
create table digest_item (
    id           uuid          primary key,
    event_id     uuid          not null,
    event_type   varchar(200)  not null,
    project_id   uuid,
    recipient_id uuid          not null references recipient (id),
    cadence      varchar(20)   not null,
    subject      varchar(1000) not null,
    body         text          not null,
    created_at   timestamptz   not null,
    sent_at      timestamptz,
    constraint digest_item_once unique (event_id, recipient_id)
);
create index digest_item_pending on digest_item (recipient_id, created_at) where sent_at is null;
