-- CBS areas: municipalities (GM), districts (WK) and neighbourhoods (BU) with WGS84 geometry.
create table area (
    code              varchar(10) primary key,
    level             varchar(15) not null check (level in ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD')),
    name              varchar(200) not null,
    municipality_code varchar(6) not null,
    district_code     varchar(8),
    geometry_year     integer,
    geometry          text,
    min_lon double precision, min_lat double precision, max_lon double precision, max_lat double precision,
    constraint area_code_matches_level check (
        (level = 'MUNICIPALITY' and code ~ '^GM[0-9]{4}$') or
        (level = 'DISTRICT' and code ~ '^WK[0-9]{6}$') or
        (level = 'NEIGHBOURHOOD' and code ~ '^BU[0-9]{8}$'))
);
create index area_municipality on area (municipality_code, level);
create index area_district on area (district_code);

-- Key figures per area and year; every numeric CBS column under its CBS name.
create table key_figures (
    area_code   varchar(10) not null references area (code),
    year        integer not null,
    figures     jsonb not null,
    source      varchar(200) not null,
    imported_at timestamptz not null default now(),
    primary key (area_code, year)
);

create table region (
    code                         varchar(60) primary key,
    name                         varchar(200) not null,
    central_municipality_code    varchar(6) not null
);
create table region_municipality (
    region_code       varchar(60) not null references region (code),
    municipality_code varchar(6) not null,
    primary key (region_code, municipality_code)
);

-- PC4 postcode areas with a representative point and the municipality it lies in.
create table postcode_area (
    pc4               char(4) primary key,
    place             varchar(100) not null,
    municipality_code varchar(6),
    lat double precision not null,
    lon double precision not null
);
create index postcode_area_municipality on postcode_area (municipality_code);

create table cbs_import (
    id          uuid primary key,
    file_name   varchar(300) not null,
    year        integer not null,
    status      varchar(20) not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    started_by  varchar(100) not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    processed   integer not null default 0,
    total       integer not null default 0,
    areas_changed integer not null default 0,
    problems    jsonb
);
