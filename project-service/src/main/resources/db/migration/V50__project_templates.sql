-- Project templates: the built-in ones (no owner) and those users saved from their projects. The content
-- (gate checklists, objective placeholders, deliverables, and sections other packages add) is one JSON
-- document, always read and written whole and never queried by part.
create table project_template (
    id                 uuid          primary key,
    name               varchar(200)  not null,
    description        varchar(4000),
    built_in           boolean       not null,
    shared             boolean       not null,
    owner_subject      varchar(200),
    owner_email        varchar(320),
    owner_name         varchar(200),
    source_project_id  uuid,
    source_project_key varchar(30),
    content            jsonb         not null,
    created_at         timestamptz   not null,
    version            bigint        not null,
    constraint project_template_owner check (built_in = (owner_subject is null))
);
-- A person names each of their templates differently; lookups by owner and the shared list use it too.
create unique index project_template_owner_name on project_template (owner_subject, lower(name));
create index project_template_shared on project_template (shared) where shared;
