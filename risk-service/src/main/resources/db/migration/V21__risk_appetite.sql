-- Risk appetite per project (issue 7): score thresholds of the levels and of escalation. A project without a
-- row has the defaults (medium 5, high 10, critical 16, escalation 15).
create table risk_appetite (
    project_id      uuid        primary key references risk_register (project_id),
    medium_from     integer     not null,
    high_from       integer     not null,
    critical_from   integer     not null,
    escalation_from integer     not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    constraint risk_appetite_order check (2 <= medium_from and medium_from < high_from and high_from < critical_from
        and critical_from <= 25),
    constraint risk_appetite_escalation_range check (escalation_from between 1 and 25)
);

-- Whether each risk is escalated, as last announced: a crossing is announced once, never again on a retry.
alter table risk add column escalated boolean not null default false;
alter table if exists risk_aud add column if not exists escalated boolean;
