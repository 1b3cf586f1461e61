-- A project's own thresholds of the proposed RAG (absent: the configured defaults).
create table health_thresholds (
    project_id                     uuid          primary key references project (id),
    spi_amber                      numeric(5, 3) not null,
    spi_red                        numeric(5, 3) not null,
    cpi_amber                      numeric(5, 3) not null,
    cpi_red                        numeric(5, 3) not null,
    late_critical_tasks_amber      integer       not null,
    late_critical_tasks_red        integer       not null,
    creep_items_amber              integer       not null,
    creep_items_red                integer       not null,
    pending_change_requests_amber  integer       not null,
    pending_change_requests_red    integer       not null,
    high_risks_amber               integer       not null,
    over_allocations_amber         integer       not null,
    version                        bigint        not null
);

-- The health of a project's last published status report.
create table project_health (
    project_id  uuid         primary key references project (id),
    schedule    varchar(5)   not null,
    cost        varchar(5)   not null,
    scope       varchar(5)   not null,
    risk        varchar(5)   not null,
    resources   varchar(5)   not null,
    overall     varchar(5)   not null,
    changed_at  timestamptz  not null
);

-- Status reports: the text of a period, the RAG the server proposed, the RAG reported (the proposal with the
-- manager's overrides, which need a reason), and the publication.
create table status_report (
    id                    uuid          primary key,
    project_id            uuid          not null references project (id),
    period_start          date          not null,
    period_end            date          not null,
    summary               varchar(8000),
    accomplishments       varchar(8000),
    next_steps            varchar(8000),
    issues                varchar(8000),
    decisions_needed      varchar(8000),
    proposed_schedule     varchar(5)    not null,
    proposed_cost         varchar(5)    not null,
    proposed_scope        varchar(5)    not null,
    proposed_risk         varchar(5)    not null,
    proposed_resources    varchar(5)    not null,
    proposed_overall      varchar(5)    not null,
    schedule              varchar(5)    not null,
    cost                  varchar(5)    not null,
    scope                 varchar(5)    not null,
    risk                  varchar(5)    not null,
    resources             varchar(5)    not null,
    overall               varchar(5)    not null,
    override_reason       varchar(2000),
    status                varchar(10)   not null,
    published_by_subject  varchar(200),
    published_by_email    varchar(320),
    published_by_name     varchar(200),
    published_at          timestamptz,
    created_by_subject    varchar(200)  not null,
    created_by_email      varchar(320),
    created_by_name       varchar(200)  not null,
    created_at            timestamptz   not null,
    version               bigint        not null,
    constraint status_report_period check (period_end >= period_start)
);
create index status_report_project on status_report (project_id, period_end);
