-- The issue log (issue 7): problems a project has now, raised directly or by a risk that occurred.
create table risk_issue (
    id                uuid          primary key,
    project_id        uuid          not null references risk_register (project_id),
    risk_id           uuid          references risk (id),
    title             varchar(200)  not null,
    description       varchar(4000),
    severity          varchar(20)   not null,
    owner_subject     varchar(200)  not null,
    owner_email       varchar(320)  not null,
    owner_name        varchar(200)  not null,
    raised_by_subject varchar(200)  not null,
    raised_by_email   varchar(320),
    raised_by_name    varchar(200)  not null,
    due_date          date,
    status            varchar(20)   not null,
    resolution        varchar(4000),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    resolved_at       timestamptz,
    version           bigint        not null,
    constraint risk_issue_status check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
    constraint risk_issue_severity check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))
);
create index risk_issue_project on risk_issue (project_id, created_at desc);
create index risk_issue_risk on risk_issue (risk_id);
