-- A resource's hours per ISO week. Entries are never edited once approved: a correction is a new entry.
create table timesheet (
    id                   uuid          primary key,
    resource_id          uuid          not null references resource (id),
    week_start           date          not null,
    status               varchar(10)   not null,
    submitted_at         timestamptz,
    decided_at           timestamptz,
    decided_by_subject   varchar(255),
    decided_by_email     varchar(320),
    decided_by_name      varchar(255),
    rejection_reason     varchar(2000),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null,
    constraint timesheet_status check (status in ('OPEN', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    constraint timesheet_monday check (extract(isodow from week_start) = 1)
);
create unique index timesheet_week on timesheet (resource_id, week_start);

create table timesheet_entry (
    id            uuid          primary key,
    timesheet_id  uuid          not null references timesheet (id),
    project_id    uuid          not null,
    task_id       uuid,
    work_date     date          not null,
    hours         numeric(5,2)  not null,
    overtime      boolean       not null,
    correction    boolean       not null,
    note          varchar(2000),
    created_at    timestamptz   not null,
    -- Set when the week (or the correction) was approved: from then on the entry is history.
    approved_at   timestamptz,
    rate          numeric(19,4),
    cost          numeric(19,2),
    constraint timesheet_entry_hours check (hours <> 0 and hours between -24 and 24),
    constraint timesheet_entry_positive check (correction or hours > 0)
);
create index timesheet_entry_sheet on timesheet_entry (timesheet_id);
