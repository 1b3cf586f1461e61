-- What the daily milestone job announced: once per milestone, kind (DUE_SOON, MISSED) and scheduled date, so
-- that a rerun, a run on another instance or a restart never repeats an announcement.
create table milestone_announcement (
    task_id         uuid         not null references task (id) on delete cascade,
    kind            varchar(10)  not null,
    milestone_date  date         not null,
    announced_at    timestamptz  not null,
    primary key (task_id, kind, milestone_date)
);
