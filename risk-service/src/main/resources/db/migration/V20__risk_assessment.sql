-- Assessment of risks (issue 7): kind, impact per dimension (the risk's impact column becomes the highest of
-- them, so score = probability × impact still holds), quantified exposure, response and residual scores.
alter table risk
    add column kind                 varchar(20)    not null default 'THREAT',
    add column schedule_impact      integer,
    add column cost_impact          integer,
    add column scope_impact         integer,
    add column exposure_percent     integer,
    add column exposure_cost_impact numeric(19, 2),
    add column exposure_currency    varchar(3),
    add column exposure_amount      numeric(19, 2),
    add column proximity            date,
    add column trigger_condition    varchar(2000),
    add column response_strategy    varchar(20),
    add column contingency_plan     varchar(4000),
    add column residual_probability integer,
    add column residual_impact      integer,
    add column residual_score       integer,
    add column next_review_date     date,
    add column task_ids             uuid[]         not null default '{}',
    add column deliverable_ids      uuid[]         not null default '{}',
    add column assessed_at          timestamptz,
    add constraint risk_impacts_range check (schedule_impact between 1 and 5 and cost_impact between 1 and 5
        and scope_impact between 1 and 5),
    add constraint risk_exposure_percent_range check (exposure_percent between 0 and 100),
    add constraint risk_residual_range check (residual_probability between 1 and 5
        and residual_impact between 1 and 5);

-- The status MITIGATING of the foundation became RESPONDING.
update risk set status = 'RESPONDING' where status = 'MITIGATING';

-- Assessment history: the risk's scores after each identification, assessment and status change, with who,
-- when and why. Append-only; the score trends are read from it.
create table risk_assessment (
    id                uuid          primary key,
    risk_id           uuid          not null references risk (id),
    project_id        uuid          not null references risk_register (project_id),
    recorded_at       timestamptz   not null,
    change            varchar(20)   not null,
    status            varchar(20)   not null,
    kind              varchar(20)   not null,
    probability       integer       not null,
    schedule_impact   integer,
    cost_impact       integer,
    scope_impact      integer,
    impact            integer       not null,
    score             integer       not null,
    previous_score    integer,
    residual_score    integer,
    exposure_amount   numeric(19, 2),
    exposure_currency varchar(3),
    response_strategy varchar(20),
    reason            varchar(2000) not null,
    by_subject        varchar(200)  not null,
    by_email          varchar(320),
    by_name           varchar(200)  not null
);
create index risk_assessment_risk on risk_assessment (risk_id, recorded_at);
create index risk_assessment_project on risk_assessment (project_id, recorded_at);

-- If the risk is audited (Envers, a lower migration version), its audit table takes the new columns too.
alter table if exists risk_aud
    add column if not exists kind                 varchar(20),
    add column if not exists schedule_impact      integer,
    add column if not exists cost_impact          integer,
    add column if not exists scope_impact         integer,
    add column if not exists exposure_percent     integer,
    add column if not exists exposure_cost_impact numeric(19, 2),
    add column if not exists exposure_currency    varchar(3),
    add column if not exists exposure_amount      numeric(19, 2),
    add column if not exists proximity            date,
    add column if not exists trigger_condition    varchar(2000),
    add column if not exists response_strategy    varchar(20),
    add column if not exists contingency_plan     varchar(4000),
    add column if not exists residual_probability integer,
    add column if not exists residual_impact      integer,
    add column if not exists residual_score       integer,
    add column if not exists next_review_date     date,
    add column if not exists task_ids             uuid[],
    add column if not exists deliverable_ids      uuid[],
    add column if not exists assessed_at          timestamptz;
