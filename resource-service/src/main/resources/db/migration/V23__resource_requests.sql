-- Demand: projects asking for a skill at a minimum level over a date range; fulfilled by an allocation.
create table resource_request (
    id             uuid          primary key,
    project_id     uuid          not null,
    skill_id       uuid          not null references skill (id),
    min_level      integer       not null,
    role           varchar(200),
    start_date     date          not null,
    end_date       date          not null,
    percent        numeric(5,2),
    hours_per_day  numeric(4,2),
    priority       varchar(10)   not null,
    status         varchar(10)   not null,
    allocation_id  uuid          references allocation (id),
    note           varchar(2000),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    constraint resource_request_level check (min_level between 1 and 5),
    constraint resource_request_range check (end_date >= start_date),
    constraint resource_request_load check ((percent is null) <> (hours_per_day is null)),
    constraint resource_request_priority check (priority in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint resource_request_status check (status in ('OPEN', 'FULFILLED'))
);
create index resource_request_project on resource_request (project_id, status);
