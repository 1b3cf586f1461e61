-- Measurable objectives of a project: a metric moved from a baseline to a target by a due date.
create table objective (
    id             uuid          primary key,
    project_id     uuid          not null references project (id),
    title          varchar(200)  not null,
    description    varchar(4000),
    metric         varchar(200),
    unit           varchar(50),
    baseline_value numeric(19, 4),
    target_value   numeric(19, 4),
    actual_value   numeric(19, 4),
    due_date       date,
    status         varchar(20)   not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null
);
create index objective_project on objective (project_id, status);
