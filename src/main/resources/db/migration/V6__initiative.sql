-- New facility initiatives and the dated steps they go through.
create table initiative (
    id                uuid primary key,
    name              varchar(200) not null,
    provider_code     varchar(40) not null,
    facility_type     varchar(40) not null,
    target_groups     varchar(40)[] not null default '{}',
    capacity          integer not null check (capacity between 1 and 2000),
    capacity_unit     varchar(10) not null,
    street            varchar(200) not null,
    house_number      varchar(20) not null,
    postcode          char(6) not null,
    place             varchar(100) not null,
    lon               double precision not null,
    lat               double precision not null,
    municipality_code varchar(6) not null,
    facility_id       uuid,
    created_by        varchar(100) not null,
    created_at        timestamptz not null default now()
);
create index initiative_municipality on initiative (municipality_code);

create table initiative_step (
    id             uuid primary key,
    initiative_id  uuid not null references initiative (id),
    step           varchar(30) not null,
    step_date      date not null,
    scan_id        uuid references scan (id),
    decision_body  varchar(20),
    approved       boolean,
    published_on   date,
    notes          varchar(4000),
    links          varchar(2000),
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz not null default now()
);
create index initiative_step_initiative on initiative_step (initiative_id);
