-- Each gate a project passed: from which phase to which, who passed it and, when criteria were unmet,
-- the waiver (its reason and the criteria it waived). A gate is passed at most once per project.
create table phase_transition (
    id            uuid          primary key,
    project_id    uuid          not null references project (id),
    gate          varchar(30)   not null,
    from_phase    varchar(30)   not null,
    to_phase      varchar(30)   not null,
    status        varchar(20)   not null,
    passed_at     timestamptz   not null,
    by_subject    varchar(200)  not null,
    by_email      varchar(320),
    by_name       varchar(200)  not null,
    waived        boolean       not null,
    waiver_reason varchar(2000),
    version       bigint        not null,
    constraint phase_transition_once unique (project_id, gate),
    constraint phase_transition_waiver check (waived = (waiver_reason is not null))
);

create table phase_transition_waived_criterion (
    transition_id uuid         not null references phase_transition (id),
    position      integer      not null,
    criterion_id  varchar(100) not null,
    primary key (transition_id, position)
);
