-- Manual checklist items of a project's phase gates; the gate criterion checklist-complete holds when
-- every item of the gate is done.
create table gate_checklist_item (
    id              uuid         primary key,
    project_id      uuid         not null references project (id),
    gate            varchar(30)  not null,
    text            varchar(500) not null,
    done            boolean      not null,
    done_at         timestamptz,
    done_by_subject varchar(200),
    done_by_email   varchar(320),
    done_by_name    varchar(200),
    created_at      timestamptz  not null,
    version         bigint       not null,
    constraint gate_checklist_item_done check (done = (done_at is not null))
);
create index gate_checklist_item_project on gate_checklist_item (project_id, gate);
