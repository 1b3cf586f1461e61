-- Audit history of every aggregate (io.implementa.platform.audit): one revision per committing transaction that
-- changed audited entities (when, and who: the caller's subject, e-mail and name, or system:<consumer or job>),
-- and per changed entity what happened and its API view afterwards. Written in the same transaction as the change.
create table audit_revision (
    id      bigserial    primary key,
    at      timestamptz  not null,
    subject varchar(200) not null,
    email   varchar(320),
    name    varchar(200)
);
create index audit_revision_subject on audit_revision (subject);

create table audit_change (
    revision_id bigint       not null references audit_revision (id),
    entity_type varchar(100) not null,
    entity_id   varchar(100) not null,
    change      varchar(10)  not null,
    state       jsonb        not null,
    primary key (entity_type, entity_id, revision_id),
    constraint audit_change_kind check (change in ('CREATED', 'UPDATED', 'DELETED'))
);
create index audit_change_revision on audit_change (revision_id);
