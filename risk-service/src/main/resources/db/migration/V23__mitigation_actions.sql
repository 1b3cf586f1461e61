-- Mitigation actions of risks (issue 7), with what the reminder job last announced of each, so that every
-- announcement goes out once (and an overdue one again only after the reminder interval).
create table mitigation_action (
    id                     uuid          primary key,
    risk_id                uuid          not null references risk (id),
    project_id             uuid          not null references risk_register (project_id),
    title                  varchar(200)  not null,
    description            varchar(4000),
    owner_subject          varchar(200)  not null,
    owner_email            varchar(320)  not null,
    owner_name             varchar(200)  not null,
    due_date               date          not null,
    status                 varchar(20)   not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    due_soon_announced_for date,
    overdue_announced_for  date,
    overdue_announced_at   timestamptz,
    overdue_announcements  integer       not null default 0,
    version                bigint        not null,
    constraint mitigation_action_status check (status in ('OPEN', 'DONE', 'CANCELLED'))
);
create index mitigation_action_risk on mitigation_action (risk_id, due_date);
-- The reminder job's scan: open actions by due date.
create index mitigation_action_open_due on mitigation_action (due_date) where status = 'OPEN';
