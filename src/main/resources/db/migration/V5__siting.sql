-- Siting: local indices, neighbourhood notes, versioned scoring models, saved scans, initiatives.

create table local_index (
    area_code  varchar(10) not null,
    year       integer not null,
    name       varchar(60) not null,
    value      numeric not null,
    imported_by varchar(100) not null,
    imported_at timestamptz not null default now(),
    primary key (area_code, year, name)
);

create table neighbourhood_note (
    id            uuid primary key,
    area_code     varchar(10) not null,
    text          varchar(4000) not null,
    author        varchar(100) not null,
    organisation  varchar(200) not null,
    noted_on      date not null,
    created_at    timestamptz not null default now()
);
create index neighbourhood_note_area on neighbourhood_note (area_code);

create table scoring_model (
    region_code varchar(60) not null,
    version     integer not null,
    definition  jsonb not null,
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now(),
    note        varchar(500),
    primary key (region_code, version)
);

-- A saved scan is a decision record: never changed, never removed.
create table scan (
    id             uuid primary key,
    region_code    varchar(60) not null,
    model_version  integer not null,
    lon            double precision not null,
    lat            double precision not null,
    address        varchar(300),
    area_code      varchar(10) not null,
    municipality_code varchar(6) not null,
    facility_type  varchar(40) not null,
    capacity       integer not null,
    strain         double precision,
    verdict        varchar(10) not null,
    snapshot       jsonb not null,
    created_by     varchar(100) not null,
    organisation   varchar(40),
    created_at     timestamptz not null default now(),
    foreign key (region_code, model_version) references scoring_model (region_code, version)
);
create index scan_area on scan (area_code);

create function scan_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'A saved scan cannot be changed or removed';
end;
$$;
create trigger scan_no_update before update or delete on scan
    for each row execute function scan_is_immutable();
