-- Named snapshots of a project's plan. At most one baseline per project is current: the one variance
-- reports and earned value measure against by default. Baseline rows never change after they are saved,
-- except for which one is current.
create table baseline (
    id                uuid           primary key,
    project_id        uuid           not null references project (id),
    name              varchar(200)   not null,
    is_current        boolean        not null,
    project_start     date,
    project_finish    date,
    task_count        integer        not null,
    total_work_hours  numeric(16, 2),
    total_cost        numeric(18, 2) not null,
    saved_at          timestamptz    not null,
    saved_by_subject  varchar(200)   not null,
    saved_by_email    varchar(320),
    saved_by_name     varchar(200)   not null,
    version           bigint         not null,
    constraint baseline_name_unique unique (project_id, name)
);
create unique index baseline_one_current on baseline (project_id) where is_current;

-- Every task as it stood when the baseline was saved, in outline order (position). No reference to task: tasks deleted later still
-- show in the variance as removed.
create table baseline_task (
    baseline_id  uuid           not null references baseline (id) on delete cascade,
    task_id      uuid           not null,
    position     integer        not null,
    parent_id    uuid,
    name         varchar(200)   not null,
    summary      boolean        not null,
    milestone    boolean        not null,
    start_date   date,
    finish_date  date,
    duration     integer        not null,
    work_hours   numeric(16, 2),
    cost         numeric(18, 2) not null,
    primary key (baseline_id, task_id)
);
