-- The risk summary last announced per project (RiskSummaryChanged), as canonical JSON: a summary is announced
-- only when it differs from this one.
create table risk_summary_published (
    project_id   uuid        primary key references risk_register (project_id),
    summary      text        not null,
    published_at timestamptz not null
);
