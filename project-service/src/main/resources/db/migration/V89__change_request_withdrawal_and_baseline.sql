-- A change request may be WITHDRAWN before its decision (status is a varchar, no constraint to change); an
-- implemented one may have saved a new baseline, which it remembers.
alter table change_request add column baseline_id uuid references baseline (id);
