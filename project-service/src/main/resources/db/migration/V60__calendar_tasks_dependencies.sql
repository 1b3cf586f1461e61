-- The project calendar: working weekdays plus dated exceptions (holidays, extra working days).
create table project_calendar (
    project_id          uuid          primary key references project (id),
    working_weekdays    varchar(9)[]  not null,
    holidays            date[]        not null default '{}',
    extra_working_days  date[]        not null default '{}',
    updated_at          timestamptz   not null,
    version             bigint        not null
);

-- The work breakdown: a tree per project; position orders siblings (0, 1, 2 …, no gaps), outline
-- numbers (1.2.3) are computed from it.
create table task (
    id                uuid           primary key,
    project_id        uuid           not null references project (id),
    parent_id         uuid           references task (id),
    position          integer        not null,
    name              varchar(200)   not null,
    description       varchar(4000),
    duration          integer        not null check (duration >= 0),
    optimistic        numeric(12, 2),
    most_likely       numeric(12, 2),
    pessimistic       numeric(12, 2),
    effort_hours      numeric(12, 2),
    percent_complete  integer        not null default 0 check (percent_complete between 0 and 100),
    actual_start      date,
    actual_finish     date,
    status            varchar(20)    not null,
    constraint_type   varchar(10)    not null,
    constraint_date   date,
    deadline          date,
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null,
    version           bigint         not null
);
create index task_project on task (project_id, parent_id, position);
create index task_parent on task (parent_id);

-- What the scheduler computed per task; written only for tasks whose values changed.
create table task_schedule (
    task_id           uuid      primary key references task (id) on delete cascade,
    project_id        uuid      not null references project (id),
    scheduled_start   date,
    scheduled_finish  date,
    early_start       date,
    early_finish      date,
    late_start        date,
    late_finish       date,
    total_float       integer,
    free_float        integer,
    critical          boolean   not null default false
);
create index task_schedule_project on task_schedule (project_id);

create table task_dependency (
    id              uuid         primary key,
    project_id      uuid         not null references project (id),
    predecessor_id  uuid         not null references task (id),
    successor_id    uuid         not null references task (id),
    type            varchar(2)   not null,
    lag             integer      not null,
    created_at      timestamptz  not null,
    version         bigint       not null,
    constraint task_dependency_unique unique (predecessor_id, successor_id)
);
create index task_dependency_project on task_dependency (project_id);
create index task_dependency_successor on task_dependency (successor_id);

-- Per project: the status date and the last computed project finish.
create table project_schedule (
    project_id      uuid         primary key references project (id),
    status_date     date,
    project_finish  date,
    computed_at     timestamptz,
    version         bigint       not null
);
