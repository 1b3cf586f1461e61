-- Feed tokens (io.implementa.platform.feed): calendar clients cannot send bearer tokens, so a feed URL carries a
-- random secret instead. Each token belongs to the person who created it (owner_subject) and grants one scope of
-- this service's feed: a project (scope_id = the project id) or the owner's own items (scope_id = owner_subject).
-- Only the secret's SHA-256 is stored; the secret itself is shown once, in the answer that creates the token.
create table feed_token (
    id            uuid         primary key,
    owner_subject varchar(200) not null,
    scope         varchar(20)  not null,
    scope_id      varchar(200) not null,
    label         varchar(200),
    secret_sha256 varchar(64)  not null,
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    constraint feed_token_secret unique (secret_sha256),
    constraint feed_token_scope check (scope in ('PROJECT', 'PERSON'))
);
create index feed_token_owner on feed_token (owner_subject, created_at);
