-- Resources assigned to projects over date ranges, at a percentage of their working hours or hours per day.
create table allocation (
    id            uuid          primary key,
    resource_id   uuid          not null references resource (id),
    project_id    uuid          not null,
    task_id       uuid,
    start_date    date          not null,
    end_date      date          not null,
    percent       numeric(5,2),
    hours_per_day numeric(4,2),
    kind          varchar(10)   not null,
    status        varchar(10)   not null,
    note          varchar(2000),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    released_at   timestamptz,
    version       bigint        not null,
    constraint allocation_range check (end_date >= start_date),
    constraint allocation_kind check (kind in ('SOFT', 'HARD')),
    constraint allocation_status check (status in ('ACTIVE', 'RELEASED')),
    -- Exactly one measure of the load.
    constraint allocation_load check ((percent is null) <> (hours_per_day is null)),
    constraint allocation_percent check (percent is null or percent > 0 and percent <= 100),
    constraint allocation_hours check (hours_per_day is null or hours_per_day > 0 and hours_per_day <= 24)
);
create index allocation_resource_range on allocation (resource_id, start_date, end_date) where status = 'ACTIVE';
create index allocation_project on allocation (project_id, status);

-- Over-allocation episodes of a resource: a period in which its hard allocations exceed its capacity.
-- An OPEN episode has been announced as detected and not yet as resolved.
create table over_allocation_episode (
    id             uuid         primary key,
    resource_id    uuid         not null references resource (id),
    start_date     date         not null,
    end_date       date         not null,
    allocation_ids text         not null,
    status         varchar(10)  not null,
    detected_at    timestamptz  not null,
    resolved_at    timestamptz,
    constraint over_allocation_status check (status in ('OPEN', 'RESOLVED'))
);
create index over_allocation_open on over_allocation_episode (resource_id) where status = 'OPEN';

-- Projects the project-service has closed or cancelled: no new allocations go to them.
create table ended_project (
    project_id  uuid         primary key,
    project_key varchar(50)  not null,
    outcome     varchar(10)  not null,
    ended_on    date         not null
);
