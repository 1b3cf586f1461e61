-- Who belongs to a project and in which role; the source of truth for per-project authorisation
-- (other services keep a projection of it built from the member events).
create table project_member (
    id         uuid         primary key,
    project_id uuid         not null references project (id),
    subject    varchar(200) not null,
    email      varchar(320) not null,
    name       varchar(200) not null,
    role       varchar(20)  not null,
    added_at   timestamptz  not null,
    version    bigint       not null,
    constraint project_member_unique unique (project_id, subject)
);
create index project_member_subject on project_member (subject);
