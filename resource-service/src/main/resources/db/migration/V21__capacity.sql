-- Named holiday calendars (e.g. "Spain - Madrid 2027") that working calendars inherit their holidays from.
create table holiday_calendar (
    id          uuid         primary key,
    name        varchar(200) not null,
    description varchar(2000),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
create unique index holiday_calendar_name_unique on holiday_calendar (lower(name));

create table holiday_calendar_day (
    calendar_id uuid         not null references holiday_calendar (id) on delete cascade,
    day         date         not null,
    name        varchar(200) not null,
    primary key (calendar_id, day)
);

-- A resource's working week; a resource without a row works 8 hours Monday to Friday, with no holidays.
create table working_calendar (
    resource_id uuid         primary key references resource (id) on delete cascade,
    monday      numeric(4,2) not null,
    tuesday     numeric(4,2) not null,
    wednesday   numeric(4,2) not null,
    thursday    numeric(4,2) not null,
    friday      numeric(4,2) not null,
    saturday    numeric(4,2) not null,
    sunday      numeric(4,2) not null,
    calendar_id uuid         references holiday_calendar (id),
    updated_at  timestamptz  not null,
    version     bigint       not null,
    constraint working_calendar_hours check (
        monday between 0 and 24 and tuesday between 0 and 24 and wednesday between 0 and 24
        and thursday between 0 and 24 and friday between 0 and 24 and saturday between 0 and 24
        and sunday between 0 and 24)
);

-- Leave and other absences: whole days, or some hours of each day of the range.
create table absence (
    id            uuid          primary key,
    resource_id   uuid          not null references resource (id) on delete cascade,
    kind          varchar(20)   not null,
    start_date    date          not null,
    end_date      date          not null,
    hours_per_day numeric(4,2),
    note          varchar(2000),
    created_at    timestamptz   not null,
    constraint absence_kind check (kind in ('VACATION', 'SICK_LEAVE', 'TRAINING', 'PUBLIC_DUTY', 'OTHER')),
    constraint absence_range check (end_date >= start_date),
    constraint absence_hours check (hours_per_day is null or hours_per_day > 0 and hours_per_day <= 24)
);
create index absence_resource_range on absence (resource_id, start_date, end_date);
