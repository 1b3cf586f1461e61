-- Webhook endpoints: where a recipient's signed deliveries go, with their secret encrypted (AES-GCM) by a key
-- from configuration.
create table webhook_endpoint (
    id               uuid          primary key,
    recipient_id     uuid          not null references recipient (id),
    url              varchar(2000) not null,
    description      varchar(500),
    secret_encrypted varchar(500)  not null,
    owner_subject    varchar(200)  not null,
    active           boolean       not null,
    disabled_reason  varchar(500),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null
);
create index webhook_endpoint_recipient on webhook_endpoint (recipient_id) where active;

-- Every notification is stored, rendered, before it is sent.
create table notification (
    id                  uuid          primary key,
    event_id            uuid          not null,
    event_type          varchar(200)  not null,
    project_id          uuid,
    recipient_id        uuid          not null references recipient (id),
    channel             varchar(20)   not null,
    address             varchar(2000) not null,
    webhook_endpoint_id uuid          references webhook_endpoint (id),
    subject             varchar(1000) not null,
    body                text          not null,
    html_body           text,
    created_at          timestamptz   not null,
    -- The deduplication guarantee: an event delivered twice notifies each recipient once per channel.
    constraint notification_once unique (event_id, recipient_id, channel)
);
create index notification_project on notification (project_id);
create index notification_recipient on notification (recipient_id);

-- The sending state of a notification: one delivery per notification, its id the webhook-id on every attempt.
create table delivery (
    id               uuid          primary key,
    notification_id  uuid          not null unique references notification (id),
    status           varchar(20)   not null,
    attempt_count    integer       not null,
    -- Attempts made before the last manual redelivery: the retry schedule restarts after them.
    retry_base       integer       not null,
    next_attempt_at  timestamptz,
    -- While an attempt is in flight, no other worker takes the delivery before this instant.
    lease_until      timestamptz,
    last_status_code integer,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    delivered_at     timestamptz,
    version          bigint        not null
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_status on delivery (status, created_at);

create table delivery_attempt (
    delivery_id  uuid          not null references delivery (id),
    number       integer       not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    outcome      varchar(20)   not null,
    status_code  integer,
    error        varchar(2000),
    primary key (delivery_id, number)
);
