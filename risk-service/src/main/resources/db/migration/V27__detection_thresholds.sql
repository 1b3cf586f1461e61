-- Per-project thresholds of automatic risk detection (issue 7), part of the project's risk appetite. Null: the
-- service-wide default (implementa.risk.detection.*) applies.
alter table risk_appetite
    add column milestone_slip_days          integer,
    add column finish_slip_days             integer,
    add column cost_overrun_percent         numeric(7, 2),
    add column change_request_schedule_days integer,
    add column change_request_cost          numeric(19, 2),
    add constraint risk_appetite_detection_range check (milestone_slip_days >= 0 and finish_slip_days >= 0
        and cost_overrun_percent >= 0 and change_request_schedule_days >= 0 and change_request_cost >= 0);
