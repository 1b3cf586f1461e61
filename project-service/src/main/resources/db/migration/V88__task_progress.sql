-- Progress history: a task's percent complete as it was on each day it changed, so earned value at a past date
-- (and each point of the S-curve) uses the progress of that date. Kept by a trigger, the one place every writer
-- of task.percent_complete passes (task create/PATCH, bulk planning, import, templates): a new task records its
-- percent complete, a changed one its new value. The day is that of the row's updated_at in UTC, which every
-- writer sets from the service's clock; several changes on one day keep the last.
create table task_progress (
    task_id           uuid     not null references task (id) on delete cascade,
    project_id        uuid     not null references project (id),
    recorded_on       date     not null,
    percent_complete  integer  not null check (percent_complete between 0 and 100),
    primary key (task_id, recorded_on)
);
create index task_progress_project on task_progress (project_id, recorded_on);

create function record_task_progress() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.percent_complete is distinct from old.percent_complete then
        insert into task_progress (task_id, project_id, recorded_on, percent_complete)
        values (new.id, new.project_id, (new.updated_at at time zone 'UTC')::date, new.percent_complete)
        on conflict (task_id, recorded_on) do update set percent_complete = excluded.percent_complete;
    end if;
    return null;
end;
$$;

create trigger task_progress_recorded after insert or update of percent_complete on task
    for each row execute function record_task_progress();

-- Tasks that exist already: their progress as of their last change is all that is known.
insert into task_progress (task_id, project_id, recorded_on, percent_complete)
select id, project_id, (updated_at at time zone 'UTC')::date, percent_complete from task;
