-- The resource pool: people, equipment and budget pools that projects draw on.
create table resource (
    id              uuid         primary key,
    kind            varchar(20)  not null,
    name            varchar(200) not null,
    status          varchar(20)  not null,
    person_subject  varchar(200),
    person_email    varchar(320),
    person_name     varchar(200),
    role            varchar(200),
    department      varchar(200),
    manager_subject varchar(200),
    manager_email   varchar(320),
    manager_name    varchar(200),
    location        varchar(200),
    time_zone       varchar(64),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    constraint resource_kind check (kind in ('PERSON', 'EQUIPMENT', 'BUDGET_POOL')),
    constraint resource_status check (status in ('ACTIVE', 'INACTIVE')),
    -- Exactly the PERSON resources name a person, and a person is named completely or not at all.
    constraint resource_person check ((kind = 'PERSON') = (person_subject is not null)),
    constraint resource_person_complete check (
        (person_subject is null) = (person_email is null) and (person_subject is null) = (person_name is null)),
    constraint resource_manager_complete check (
        (manager_subject is null) = (manager_email is null) and (manager_subject is null) = (manager_name is null))
);
-- A person is in the pool once; deactivated people keep their entry.
create unique index resource_person_unique on resource (person_subject);
create index resource_kind_status on resource (kind, status);
create index resource_department on resource (lower(department));
create index resource_manager on resource (manager_subject);

-- Cost rates per hour, each valid from its date until the next one's.
create table resource_cost_rate (
    resource_id    uuid          not null references resource (id) on delete cascade,
    effective_from date          not null,
    standard_rate  numeric(19,4) not null,
    overtime_rate  numeric(19,4) not null,
    currency       varchar(3)    not null,
    primary key (resource_id, effective_from),
    constraint resource_cost_rate_non_negative check (standard_rate >= 0 and overtime_rate >= 0),
    constraint resource_cost_rate_currency check (currency ~ '^[A-Z]{3}$')
);
