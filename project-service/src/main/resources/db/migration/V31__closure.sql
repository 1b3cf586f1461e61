-- Post-implementation review (one per project) with the objectives it judges, and lessons learned.
create table post_implementation_review (
    id                  uuid          primary key,
    project_id          uuid          not null references project (id),
    what_went_well      varchar(10000),
    what_did_not        varchar(10000),
    recommendations     varchar(10000),
    recorded_by_subject varchar(200)  not null,
    recorded_by_email   varchar(320),
    recorded_by_name    varchar(200)  not null,
    recorded_at         timestamptz   not null,
    created_at          timestamptz   not null,
    version             bigint        not null,
    constraint post_implementation_review_project unique (project_id)
);

create table review_objective (
    review_id    uuid          not null references post_implementation_review (id),
    position     integer       not null,
    objective_id uuid,
    summary      varchar(500)  not null,
    achieved     varchar(10)   not null,
    note         varchar(2000),
    primary key (review_id, position)
);

create table lesson (
    id              uuid           primary key,
    project_id      uuid           not null references project (id),
    category        varchar(30)    not null,
    description     varchar(10000) not null,
    recommendation  varchar(10000),
    shareable       boolean        not null,
    author_subject  varchar(200)   not null,
    author_email    varchar(320),
    author_name     varchar(200)   not null,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    version         bigint         not null,
    -- Language-neutral ('simple': no stemming, no stop words) since lessons are written in many languages;
    -- the search matches words as prefixes instead.
    search_vector   tsvector generated always as (
        to_tsvector('simple'::regconfig, description || ' ' || coalesce(recommendation, ''))) stored
);
create index lesson_project on lesson (project_id, created_at);
create index lesson_shareable on lesson (created_at) where shareable;
create index lesson_search on lesson using gin (search_vector);
