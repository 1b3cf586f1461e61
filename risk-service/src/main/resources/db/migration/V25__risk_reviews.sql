-- Risk reviews (issue 7): the review cadence per level in the project's appetite, and per risk the review date
-- whose arrival was last announced (RiskReviewDue), so each is announced once.
alter table risk_appetite
    add column review_days_low      integer not null default 90,
    add column review_days_medium   integer not null default 30,
    add column review_days_high     integer not null default 14,
    add column review_days_critical integer not null default 7;
alter table risk add column review_announced_for date;
alter table if exists risk_aud add column if not exists review_announced_for date;
