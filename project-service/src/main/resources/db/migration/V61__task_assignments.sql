-- Task assignments: a resource of the resource-service (referenced by id only) working on a leaf task,
-- either a share of its time (units, % of the resource's time) or a number of work hours.
create table task_assignment (
    id           uuid           primary key,
    project_id   uuid           not null references project (id),
    task_id      uuid           not null references task (id),
    resource_id  uuid           not null,
    units        numeric(7, 2)  check (units > 0 and units <= 1000),
    work_hours   numeric(12, 2) check (work_hours > 0),
    created_at   timestamptz    not null,
    updated_at   timestamptz    not null,
    version      bigint         not null,
    constraint task_assignment_one_measure check ((units is null) <> (work_hours is null)),
    constraint task_assignment_unique unique (task_id, resource_id)
);
create index task_assignment_project on task_assignment (project_id, resource_id);
