-- Tables of the shared mechanisms (implementa-platform). Every service migrates them into its own
-- database through the flyway location db/platform; service migrations start at V1.

-- Transactional outbox: events written in the same transaction as the change that caused them.
-- seq gives the relay its order; writers of one key are serialised by an advisory lock (see Outbox),
-- so seq order is commit order for every key.
create table outbox_event (
    seq         bigserial primary key,
    id          uuid         not null unique,
    topic       varchar(249) not null,
    record_key  varchar(200) not null,
    type        varchar(200) not null,
    payload     bytea        not null,
    created_at  timestamptz  not null
);

-- Inbox: which events each consumer has already applied (written in the same transaction as the effect).
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
create index inbox_event_processed_at on inbox_event (processed_at);

-- Idempotency-Key: the first response to a POST, replayed for a repeated key.
create table idempotency_key (
    caller                varchar(200)  not null,
    idem_key              varchar(200)  not null,
    request_hash          varchar(64)   not null,
    state                 varchar(16)   not null,
    response_status       integer,
    response_body         text,
    response_content_type varchar(100),
    response_location     varchar(2000),
    response_etag         varchar(200),
    created_at            timestamptz   not null,
    expires_at            timestamptz   not null,
    primary key (caller, idem_key)
);
create index idempotency_key_expires_at on idempotency_key (expires_at);
