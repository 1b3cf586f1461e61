create table project (
    id              uuid         primary key,
    project_key     varchar(20)  not null,
    name            varchar(200) not null,
    description     varchar(4000),
    type            varchar(20)  not null,
    status          varchar(20)  not null,
    phase           varchar(30)  not null,
    sponsor_subject varchar(200) not null,
    sponsor_email   varchar(320) not null,
    sponsor_name    varchar(200) not null,
    manager_subject varchar(200) not null,
    manager_email   varchar(320) not null,
    manager_name    varchar(200) not null,
    planned_start   date         not null,
    planned_end     date         not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    constraint project_key_unique unique (project_key),
    constraint project_dates check (planned_end >= planned_start)
);
create index project_status on project (status);
create index project_manager on project (manager_subject);
