-- Templates replacing the built-in ones for one event type on one channel; validated against a sample event on save.
create table template_override (
    id          uuid          primary key,
    event_type  varchar(200)  not null,
    channel     varchar(20)   not null,
    subject     varchar(2000) not null,
    text_body   text          not null,
    html_body   text,
    changed_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint template_override_once unique (event_type, channel)
);
