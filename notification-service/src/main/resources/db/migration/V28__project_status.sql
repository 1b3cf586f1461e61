-- The latest published status report of each project, as the sponsors' weekly portfolio digest needs it
-- (a projection of the project-service's StatusReportPublished; an older report arriving late does not replace it).
create table project_status (
    project_id     uuid          primary key,
    project_key    varchar(100)  not null,
    project_name   varchar(500),
    report_id      uuid          not null,
    period_start   date          not null,
    period_end     date          not null,
    overall        varchar(10)   not null,
    schedule       varchar(10),
    cost           varchar(10),
    scope          varchar(10),
    risk           varchar(10),
    resources      varchar(10),
    summary        text,
    published_at   timestamptz   not null
);
