-- Change requests: submitted, assessed, reviewed, decided, implemented; numbered per project.
create table change_request (
    id                    uuid           primary key,
    project_id            uuid           not null references project (id),
    number                integer        not null,
    title                 varchar(200)   not null,
    description           varchar(4000),
    type                  varchar(20)    not null,
    justification         varchar(4000),
    requested_by_subject  varchar(200)   not null,
    requested_by_email    varchar(320),
    requested_by_name     varchar(200)   not null,
    status                varchar(20)    not null,
    schedule_impact_days  integer        not null,
    cost_impact           numeric(15, 2) not null,
    currency              varchar(3),
    risk_notes            varchar(4000),
    decided_by_subject    varchar(200),
    decided_by_email      varchar(320),
    decided_by_name       varchar(200),
    decided_at            timestamptz,
    decision_comment      varchar(2000),
    implemented_at        timestamptz,
    created_at            timestamptz    not null,
    updated_at            timestamptz    not null,
    version               bigint         not null,
    constraint change_request_number unique (project_id, number)
);
create index change_request_project on change_request (project_id, status);

-- The scope items a change request brings in when implemented.
create table change_request_scope_item (
    change_request_id      uuid          not null references change_request (id) on delete cascade,
    position               integer       not null,
    title                  varchar(200)  not null,
    description            varchar(4000),
    estimated_effort_days  numeric(9, 2),
    primary key (change_request_id, position)
);

-- Tasks and deliverables the assessment names as affected.
create table change_request_affected (
    change_request_id  uuid         not null references change_request (id) on delete cascade,
    position           integer      not null,
    kind               varchar(20)  not null,
    target_id          uuid         not null,
    primary key (change_request_id, position)
);

-- Every transition of a change request: who moved it from which state to which, when, with what comment.
create table change_request_transition (
    id                 uuid          primary key,
    change_request_id  uuid          not null references change_request (id) on delete cascade,
    from_status        varchar(20),
    to_status          varchar(20)   not null,
    by_subject         varchar(200)  not null,
    by_email           varchar(320),
    by_name            varchar(200)  not null,
    at                 timestamptz   not null,
    comment            varchar(2000)
);
create index change_request_transition_request on change_request_transition (change_request_id, at);
