-- Capacity planning, the needs analysis (issue 18): versioned parameter sets whose every value names its source,
-- and saved runs that keep their set, scenario, seed and results and cannot be changed afterwards.

create table planning_parameter_set (
    id              uuid primary key,
    region_code     varchar(40) not null,
    version         integer not null check (version >= 1),
    based_on        uuid references planning_parameter_set (id),
    note            varchar(2000),
    created_by      varchar(100) not null,
    created_at      timestamptz not null default now(),
    unique (region_code, version)
);

-- One value. scope is a municipality code or '' (the whole region); housing_type and to_type are '' where they do not
-- apply; month is the first month a planned place counts (yyyy-mm-01) for key places_planned, else null.
create table planning_parameter (
    set_id          uuid not null references planning_parameter_set (id),
    key             varchar(40) not null,
    scope           varchar(6) not null default '',
    housing_type    varchar(30) not null default '',
    to_type         varchar(30) not null default '',
    month           date,
    value           double precision not null,
    source          varchar(10) not null check (source in ('MEASURED', 'MANUAL', 'SEED', 'DERIVED')),
    source_text     varchar(1000) not null,
    set_by          varchar(100),
    reason          varchar(1000),
    seq             integer not null
);
create index planning_parameter_set_idx on planning_parameter (set_id, key);

create table planning_run (
    id                 uuid primary key,
    region_code        varchar(40) not null,
    set_id             uuid not null references planning_parameter_set (id),
    name               varchar(200) not null,
    stay_factor        double precision not null,
    inflow_factor      double precision not null,
    outside_inflow     double precision not null,
    delay_months       integer not null,
    seed               bigint not null,
    runs               integer not null,
    first_year         integer not null,
    years              integer not null,
    status             varchar(10) not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    runs_done          integer not null default 0,
    seconds            double precision,
    created_by         varchar(100) not null,
    created_at         timestamptz not null default now(),
    finished_at        timestamptz
);
create index planning_run_region on planning_run (region_code, created_at desc);

-- Results per municipality x type x year (scope '' is the region total): demand P10/P50/P90 and mean, the deterministic
-- projection, waiting P50 and P90, supply (places in use and planned, the year's mean).
create table planning_result (
    run_id          uuid not null references planning_run (id),
    scope           varchar(6) not null,
    housing_type    varchar(30) not null,
    year            integer not null,
    demand_p10      double precision not null,
    demand_p50      double precision not null,
    demand_p90      double precision not null,
    demand_mean     double precision not null,
    deterministic   double precision not null,
    waiting_p50     double precision not null,
    waiting_p90     double precision not null,
    supply          double precision not null,
    primary key (run_id, scope, housing_type, year)
);

-- A saved parameter set and a finished run are a record of a decision: they are never changed afterwards.
create function planning_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a saved parameter set or run result cannot be changed' using errcode = 'P0001';
end $$;
create trigger planning_parameter_frozen before update or delete on planning_parameter
    for each row execute function planning_frozen();
create trigger planning_result_frozen before update or delete on planning_result
    for each row execute function planning_frozen();
