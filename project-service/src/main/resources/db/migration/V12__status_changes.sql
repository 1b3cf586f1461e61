-- The history of a project's status: explicit changes (hold, resume, cancel) and those caused by
-- passing a gate (START_PLANNING activates, CLOSE_PROJECT closes), which name the gate.
create table status_change (
    id          uuid          primary key,
    project_id  uuid          not null references project (id),
    from_status varchar(20)   not null,
    to_status   varchar(20)   not null,
    reason      varchar(2000),
    gate        varchar(30),
    changed_at  timestamptz   not null,
    by_subject  varchar(200)  not null,
    by_email    varchar(320),
    by_name     varchar(200)  not null,
    version     bigint        not null
);
create index status_change_project on status_change (project_id, changed_at);
create index phase_transition_project on phase_transition (project_id, passed_at);
