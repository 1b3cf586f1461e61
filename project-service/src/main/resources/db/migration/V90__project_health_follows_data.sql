-- The project's current health now also follows its data: besides the health (set by a published report, then
-- moved by recomputation when the read model changes), the last health proposed from the data, so that a
-- recomputation that proposes the same again changes nothing (one ProjectHealthChanged per change, not per
-- event). Null on rows from before: the next recomputation takes the whole proposal.
alter table project_health
    add column proposed_schedule   varchar(5),
    add column proposed_cost       varchar(5),
    add column proposed_scope      varchar(5),
    add column proposed_risk       varchar(5),
    add column proposed_resources  varchar(5),
    add column proposed_overall    varchar(5);
