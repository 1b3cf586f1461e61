-- Findings of a project's feasibility study.
create table feasibility_note (
    id             uuid          primary key,
    project_id     uuid          not null references project (id),
    topic          varchar(20)   not null,
    note_text      varchar(8000) not null,
    conclusion     varchar(30)   not null,
    author_subject varchar(200)  not null,
    author_email   varchar(320),
    author_name    varchar(200)  not null,
    created_at     timestamptz   not null,
    version        bigint        not null
);
create index feasibility_note_project on feasibility_note (project_id, created_at);
