-- A project's budget: one currency, the amount (the cost baseline the thresholds measure against), the two
-- reserves, and the sponsor's or manager's approval. The monitoring state (thresholds crossed, overrun forecast)
-- is kept here so that each crossing is announced once and re-armed when the figure drops back.
create table project_budget (
    project_id           uuid           primary key references project (id),
    currency             varchar(3)      not null,
    amount               numeric(15, 2) not null,
    contingency_reserve  numeric(15, 2) not null,
    management_reserve   numeric(15, 2) not null,
    thresholds           varchar(200)   not null,
    crossed_thresholds   varchar(200)   not null,
    overrun_forecast     boolean        not null,
    approved             boolean        not null,
    approved_by_subject  varchar(200),
    approved_by_email    varchar(320),
    approved_by_name     varchar(200),
    approved_at          timestamptz,
    approval_note        varchar(2000),
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null,
    constraint project_budget_amounts check (amount >= 0 and contingency_reserve >= 0 and management_reserve >= 0)
);

-- Planned fixed cost of a task (licences, hardware, services bought for it), in the project's currency.
create table task_planned_cost (
    task_id     uuid           primary key references task (id) on delete cascade,
    project_id  uuid           not null references project (id),
    category    varchar(20)    not null,
    fixed_cost  numeric(15, 2) not null,
    updated_at  timestamptz    not null,
    version     bigint         not null,
    constraint task_planned_cost_positive check (fixed_cost >= 0)
);
create index task_planned_cost_project on task_planned_cost (project_id);

-- Actual costs booked against the project, by category and optionally a task.
create table cost_entry (
    id                  uuid           primary key,
    project_id          uuid           not null references project (id),
    task_id             uuid           references task (id) on delete set null,
    category            varchar(20)    not null,
    amount              numeric(15, 2) not null,
    currency            varchar(3)      not null,
    incurred_on         date           not null,
    description         varchar(2000),
    created_by_subject  varchar(200)   not null,
    created_by_email    varchar(320),
    created_by_name     varchar(200)   not null,
    created_at          timestamptz    not null
);
create index cost_entry_project on cost_entry (project_id, incurred_on);

-- Labour cost of approved timesheets, one row per timesheet entry of the project, as the resource-service reported
-- it (TimesheetApproved); a timesheet approved again replaces its rows.
create table labour_cost (
    id            uuid           primary key,
    timesheet_id  uuid           not null,
    project_id    uuid           not null,
    task_id       uuid,
    resource_id   uuid           not null,
    work_date     date           not null,
    hours         numeric(9, 2)  not null,
    overtime      boolean        not null,
    rate          numeric(15, 2) not null,
    cost          numeric(15, 2) not null,
    currency      varchar(3)      not null
);
create index labour_cost_project on labour_cost (project_id, work_date);
create index labour_cost_timesheet on labour_cost (timesheet_id);
