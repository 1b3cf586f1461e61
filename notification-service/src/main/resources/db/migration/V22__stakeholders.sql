-- Stakeholders named by a project's register without an identity in the suite become STAKEHOLDER recipients,
-- reached at their e-mail.
alter table recipient drop constraint recipient_email_iff_mailbox_kind;
alter table recipient add constraint recipient_email_iff_mailbox_kind
    check ((kind in ('PERSON', 'TEAM_MAILBOX', 'STAKEHOLDER')) = (email is not null));

-- The project-service's stakeholder registers, as far as the rules need them: who to reach, whether they are
-- accountable for the project, which news they asked for and how often.
create table stakeholder (
    id            uuid         primary key,
    project_id    uuid         not null,
    recipient_id  uuid         not null references recipient (id),
    accountable   boolean      not null,
    -- The project-service's notification kinds, comma-separated (STATUS_REPORTS,MILESTONES,...).
    notifications varchar(500) not null,
    frequency     varchar(20)  not null,
    updated_at    timestamptz  not null
);
create index stakeholder_project on stakeholder (project_id);
