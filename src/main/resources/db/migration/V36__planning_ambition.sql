-- Capacity planning: the regional ambition per housing type and year, the municipalities' bids, the corporations'
-- commitments (prestatieafspraken) and the planned place items whose stage is derived from the register and the
-- initiatives (never stored).
create table planning_ambition (
    id           uuid primary key,
    region_code  varchar(60) not null,
    housing_type varchar(30) not null,
    year         integer not null check (year between 2000 and 2200),
    places       integer not null check (places between 0 and 100000),
    care_load_correction boolean not null default true,
    note         varchar(2000),
    version      integer not null default 0,
    updated_by   varchar(100) not null,
    updated_at   timestamptz not null default now(),
    unique (region_code, housing_type, year)
);

create table planning_bid (
    id                uuid primary key,
    region_code       varchar(60) not null,
    municipality_code varchar(6) not null,
    housing_type      varchar(30) not null,
    year              integer not null check (year between 2000 and 2200),
    places            integer not null check (places between 0 and 100000),
    note              varchar(2000),
    version           integer not null default 0,
    updated_by        varchar(100) not null,
    updated_at        timestamptz not null default now(),
    unique (municipality_code, housing_type, year)
);
create index planning_bid_region on planning_bid (region_code, housing_type, year);

create table planning_commitment (
    id                uuid primary key,
    region_code       varchar(60) not null,
    corporation_code  varchar(40) not null,
    municipality_code varchar(6) not null,
    year              integer not null check (year between 2000 and 2200),
    dwellings         integer not null check (dwellings between 0 and 100000),
    note              varchar(2000),
    version           integer not null default 0,
    updated_by        varchar(100) not null,
    updated_at        timestamptz not null default now(),
    unique (corporation_code, municipality_code, year)
);
create index planning_commitment_region on planning_commitment (region_code, year);

create table planning_item (
    id                uuid primary key,
    region_code       varchar(60) not null,
    municipality_code varchar(6) not null,
    housing_type      varchar(30) not null,
    concept           varchar(200) not null,
    places            integer not null check (places between 1 and 100000),
    planned_year      integer not null check (planned_year between 2000 and 2200),
    planned_half      smallint not null check (planned_half in (1, 2)),
    initiative_id     uuid,
    facility_id       uuid,
    note              varchar(2000),
    version           integer not null default 0,
    updated_by        varchar(100) not null,
    updated_at        timestamptz not null default now()
);
create index planning_item_region on planning_item (region_code, planned_year, planned_half);
