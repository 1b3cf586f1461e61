-- Deliverables with their acceptance criteria, quality checks and acceptance decisions.
create table deliverable (
    id                   uuid          primary key,
    project_id           uuid          not null references project (id),
    name                 varchar(200)  not null,
    description          varchar(4000),
    owner_subject        varchar(200),
    owner_email          varchar(320),
    owner_name           varchar(200),
    due_date             date,
    acceptance_criteria  varchar(500)[] not null default '{}',
    status               varchar(20)   not null,
    submitted_by_subject varchar(200),
    submitted_by_email   varchar(320),
    submitted_by_name    varchar(200),
    submitted_at         timestamptz,
    waiver_reason        varchar(4000),
    waived_by_subject    varchar(200),
    waived_by_email      varchar(320),
    waived_by_name       varchar(200),
    waived_at            timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null,
    constraint deliverable_criteria_count check (cardinality(acceptance_criteria) <= 50)
);
create index deliverable_project on deliverable (project_id, status);
create index deliverable_owner on deliverable (owner_subject);

-- A re-run supersedes an earlier check, which stays as evidence but no longer counts for acceptance.
create table quality_check (
    id                  uuid          primary key,
    project_id          uuid          not null references project (id),
    deliverable_id      uuid          not null references deliverable (id),
    name                varchar(200)  not null,
    type                varchar(20)   not null,
    result              varchar(20)   not null,
    evidence_link       varchar(2000),
    executed_at         timestamptz,
    executed_by_subject varchar(200)  not null,
    executed_by_email   varchar(320),
    executed_by_name    varchar(200)  not null,
    supersedes          uuid          references quality_check (id),
    superseded_by       uuid          references quality_check (id),
    recorded_at         timestamptz   not null,
    version             bigint        not null
);
create index quality_check_deliverable on quality_check (deliverable_id, recorded_at);

-- Every acceptance decision, kept as history.
create table deliverable_decision (
    id                 uuid          primary key,
    project_id         uuid          not null references project (id),
    deliverable_id     uuid          not null references deliverable (id),
    decision           varchar(20)   not null,
    decision_comment   varchar(4000),
    decided_by_subject varchar(200)  not null,
    decided_by_email   varchar(320),
    decided_by_name    varchar(200)  not null,
    decided_at         timestamptz   not null
);
create index deliverable_decision_deliverable on deliverable_decision (deliverable_id, decided_at);
