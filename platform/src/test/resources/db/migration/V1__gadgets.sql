create table gadget (
    id      uuid         primary key,
    name    varchar(100) not null unique,
    version bigint       not null
);

-- What the test consumer applied: one row per gadget, times counts applications (must stay 1).
create table gadget_seen (
    gadget_id uuid    primary key,
    name      varchar(100) not null,
    times     integer not null
);
