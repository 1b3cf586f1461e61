-- The skills catalogue and the levels people hold in them.
create table skill (
    id          uuid         primary key,
    name        varchar(200) not null,
    category    varchar(200) not null,
    description varchar(2000),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
-- Names are unique whatever their case: "Java" and "java" are one skill.
create unique index skill_name_unique on skill (lower(name));
create index skill_category on skill (lower(category));

create table resource_skill (
    resource_id          uuid         not null references resource (id) on delete cascade,
    skill_id             uuid         not null references skill (id),
    level                integer      not null,
    certification        varchar(200),
    certification_expiry date,
    updated_at           timestamptz  not null,
    version              bigint       not null,
    primary key (resource_id, skill_id),
    constraint resource_skill_level check (level between 1 and 5),
    constraint resource_skill_expiry check (certification_expiry is null or certification is not null)
);
create index resource_skill_skill on resource_skill (skill_id, level);
