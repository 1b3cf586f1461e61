-- Projection of the project-service's member events: who may read and change which project's data in
-- this service. (The project-service answers from its own members table instead.)
create table project_membership (
    project_id uuid         not null,
    subject    varchar(200) not null,
    role       varchar(20)  not null,
    member_id  uuid         not null,
    updated_at timestamptz  not null,
    primary key (project_id, subject)
);
create index project_membership_subject on project_membership (subject);
