-- Facility register (voorzieningenregister): shelter and care-housing facilities.
create table facility (
    id                 uuid primary key,
    name               varchar(200) not null,
    type               varchar(40) not null,
    target_groups      varchar(40)[] not null default '{}',
    provider_code      varchar(40) not null,
    owner              varchar(200),
    street             varchar(200) not null,
    house_number       varchar(20) not null,
    postcode           char(6) not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    place              varchar(100) not null,
    lon                double precision not null,
    lat                double precision not null,
    capacity           integer not null check (capacity >= 0),
    capacity_unit      varchar(10) not null check (capacity_unit in ('PLACES', 'UNITS')),
    status             varchar(20) not null check (status in ('IDEA', 'PLANNED', 'BEING_REALISED', 'IN_USE', 'CLOSED')),
    status_since       date,
    opened_on          date,
    closed_on          date,
    contracted         boolean not null default false,
    public_contact     varchar(300),
    url                varchar(300),
    secret_address     boolean not null default false,
    publicly_listed    boolean not null default false,
    generated          boolean not null default false,
    municipality_code  varchar(6) not null,
    district_code      varchar(8),
    neighbourhood_code varchar(10),
    pc4                char(4) not null,
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    updated_by         varchar(100) not null,
    constraint facility_secret_not_public check (not (secret_address and publicly_listed))
);
create index facility_municipality on facility (municipality_code);
create index facility_provider on facility (provider_code);
create index facility_pc4 on facility (pc4);
