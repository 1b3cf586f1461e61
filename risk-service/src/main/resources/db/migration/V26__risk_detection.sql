-- Automatic risk detection (issue 7): a risk raised by the service from another service's event keeps its cause
-- (what kind of signal), the cause's reference (the milestone, change request, resource or project it is about),
-- the reason in words, the event that raised or last worsened it, how large the cause was (slip days, overrun %,
-- …) and, for date slips, the date before the first slip. A user accepts or dismisses it once.
alter table risk
    add column detection_cause      varchar(30),
    add column detection_ref        varchar(100),
    add column detection_reason     varchar(2000),
    add column source_event_id      varchar(200),
    add column source_event_type    varchar(200),
    add column detection_magnitude  numeric(19, 2),
    add column detection_baseline   date,
    add column detection_decision   varchar(20),
    add column decided_at           timestamptz,
    add column decided_by_subject   varchar(200),
    add column decided_by_email     varchar(320),
    add column decided_by_name      varchar(200),
    add column decision_reason      varchar(2000),
    add constraint risk_detection_complete check ((detection_cause is null) = (detection_ref is null)
        and (detection_cause is null) = (detection_decision is null));

-- One open auto-raised risk per cause per project: a redelivered or repeated signal updates it. Risks that are no
-- longer open (dismissed, closed, occurred) leave the index, so a cause that worsens later may raise a new one.
create unique index risk_detection_unique on risk (project_id, detection_cause, detection_ref)
    where detection_cause is not null and status not in ('CLOSED', 'OCCURRED');

alter table if exists risk_aud
    add column if not exists detection_cause      varchar(30),
    add column if not exists detection_ref        varchar(100),
    add column if not exists detection_reason     varchar(2000),
    add column if not exists source_event_id      varchar(200),
    add column if not exists source_event_type    varchar(200),
    add column if not exists detection_magnitude  numeric(19, 2),
    add column if not exists detection_baseline   date,
    add column if not exists detection_decision   varchar(20),
    add column if not exists decided_at           timestamptz,
    add column if not exists decided_by_subject   varchar(200),
    add column if not exists decided_by_email     varchar(320),
    add column if not exists decided_by_name      varchar(200),
    add column if not exists decision_reason      varchar(2000);
