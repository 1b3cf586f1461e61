-- One risk register per project, opened from the project-service's ProjectCreated event. The project id
-- is the key: the register is this service's projection of the project, not an identity of its own.
create table risk_register (
    project_id       uuid         primary key,
    project_key      varchar(20)  not null,
    project_name     varchar(200) not null,
    manager_subject  varchar(200) not null,
    manager_email    varchar(320) not null,
    manager_name     varchar(200) not null,
    status           varchar(20)  not null,
    -- The number of the register's latest risk; risk keys count on from it under a row lock.
    last_risk_number integer      not null,
    opened_at        timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint risk_register_status check (status in ('OPEN', 'CLOSED')),
    constraint risk_register_last_risk_number check (last_risk_number >= 0)
);
