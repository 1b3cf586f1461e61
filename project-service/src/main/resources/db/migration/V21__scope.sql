-- What a project does (in scope) and explicitly does not do (out of scope). Items existing when the sponsor
-- approved the scope form its baseline; in-scope items added later without a change request are scope creep.
create table scope_item (
    id                    uuid          primary key,
    project_id            uuid          not null references project (id),
    title                 varchar(200)  not null,
    description           varchar(4000),
    in_scope              boolean       not null,
    estimated_effort_days numeric(9, 2),
    change_request_id     uuid,
    in_baseline           boolean       not null,
    added_after_approval  boolean       not null,
    creep                 boolean       not null,
    created_at            timestamptz   not null,
    created_by_subject    varchar(200)  not null,
    created_by_email      varchar(320),
    created_by_name       varchar(200)  not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    constraint scope_item_effort check (estimated_effort_days is null or estimated_effort_days >= 0),
    constraint scope_item_creep check (not creep or (added_after_approval and in_scope and change_request_id is null))
);
create index scope_item_project on scope_item (project_id, created_at);

-- The sponsor's one approval of a project's scope.
create table scope_approval (
    id                   uuid          primary key,
    project_id           uuid          not null references project (id),
    approved_by_subject  varchar(200)  not null,
    approved_by_email    varchar(320),
    approved_by_name     varchar(200)  not null,
    approved_at          timestamptz   not null,
    items_approved       integer       not null,
    in_scope_items       integer       not null,
    out_of_scope_items   integer       not null,
    in_scope_effort_days numeric(11, 2) not null,
    note                 varchar(2000),
    constraint scope_approval_once unique (project_id)
);
