-- Risks of a register. The key (e.g. ERP-2027-R-001) keeps the project key it was given: a later change
-- of the project key does not rename existing risks, so keys are unique per register by number only.
create table risk (
    id            uuid          primary key,
    project_id    uuid          not null references risk_register (project_id),
    number        integer       not null,
    risk_key      varchar(40)   not null,
    title         varchar(200)  not null,
    cause         varchar(2000),
    event         varchar(2000),
    effect        varchar(2000),
    category      varchar(30)   not null,
    probability   integer       not null,
    impact        integer       not null,
    score         integer       not null,
    owner_subject varchar(200)  not null,
    owner_email   varchar(320)  not null,
    owner_name    varchar(200)  not null,
    status        varchar(20)   not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint risk_number_unique unique (project_id, number),
    constraint risk_number_positive check (number > 0),
    constraint risk_probability_range check (probability between 1 and 5),
    constraint risk_impact_range check (impact between 1 and 5),
    constraint risk_score_product check (score = probability * impact)
);
-- The register's default view: its risks, highest score first.
create index risk_project_score on risk (project_id, score desc);
create index risk_project_status on risk (project_id, status);
