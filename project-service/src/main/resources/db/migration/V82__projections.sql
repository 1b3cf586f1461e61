-- Read models of other services' events that project monitoring needs; filled idempotently by the inbox consumer.

-- The risk-service's latest risk summary per project (RiskSummaryChanged).
create table risk_summary (
    project_id       uuid         primary key references project (id),
    open_risks       integer      not null,
    low              integer      not null,
    medium           integer      not null,
    high             integer      not null,
    critical         integer      not null,
    highest_score    integer      not null,
    escalated        integer      not null,
    overdue_actions  integer      not null,
    changed_at       timestamptz  not null
);

-- Open over-allocation episodes of resources working on a project (OverAllocationDetected until Resolved).
create table over_allocation (
    episode_id     uuid          not null,
    project_id     uuid          not null references project (id),
    resource_id    uuid          not null,
    resource_name  varchar(200)  not null,
    start_date     date          not null,
    end_date       date          not null,
    critical       boolean       not null,
    primary key (episode_id, project_id)
);
create index over_allocation_project on over_allocation (project_id);

-- Resources' cost rates (ResourceCreated / ResourceUpdated), each from its effective date until the next one's.
create table resource_cost_rate (
    resource_id     uuid           not null,
    effective_from  date           not null,
    standard_rate   numeric(15, 2) not null,
    overtime_rate   numeric(15, 2) not null,
    currency        varchar(3)     not null,
    primary key (resource_id, effective_from)
);

-- The version of each resource whose rates are held, so that an older event cannot overwrite a newer state.
create table resource_rate_version (
    resource_id  uuid          primary key,
    name         varchar(200)  not null,
    version      bigint        not null
);
