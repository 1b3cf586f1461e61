-- Task-level allocations follow the project-service's task assignments and schedule.
-- An allocation derived from a task carries the task's criticality and total float (for leveling).
alter table allocation add column critical boolean not null default false;
alter table allocation add column total_float integer;
-- A task assignment's units may exceed 100 % (the project-service allows it); that is an overload to show,
-- not input to refuse. Allocations made over the API stay within 0..100 by validation.
alter table allocation drop constraint allocation_percent;
alter table allocation add constraint allocation_percent check (percent is null or percent > 0);

-- The last known schedule of each task (ScheduleRecomputed), so an assignment learns its task's dates and float.
create table task_schedule (
    task_id      uuid        primary key,
    project_id   uuid        not null,
    start_date   date,
    finish_date  date,
    critical     boolean     not null,
    total_float  integer,
    removed      boolean     not null
);

-- Assignments of resources to tasks, as the project-service last announced them. allocation_id is the
-- allocation derived from it (absent while the task has no dates, or the resource cannot take work).
create table task_assignment (
    id            uuid           primary key,
    project_id    uuid           not null,
    project_key   varchar(50)    not null,
    task_id       uuid           not null,
    task_name     text           not null,
    resource_id   uuid           not null,
    units         numeric(7,2),
    work_hours    numeric(12,2),
    start_date    date,
    finish_date   date,
    critical      boolean        not null,
    removed       boolean        not null,
    allocation_id uuid           references allocation (id)
);
create index task_assignment_task on task_assignment (task_id) where not removed;
