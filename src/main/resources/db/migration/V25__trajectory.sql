-- Client trajectories (issue 16): life-domain instruments as versioned data, clients with their trajectory and phase
-- history, and assessments that keep the instrument version they used.

create table life_domain_instrument (
    id          uuid primary key,
    code        varchar(60) not null,
    version     integer not null check (version between 1 and 100000),
    -- null: shipped with Thuisbasis, for every region; otherwise loaded by (and for) that region
    region_code varchar(60),
    loaded_at   timestamptz not null default now(),
    loaded_by   varchar(100) not null,
    unique (code, version)
);

create table life_domain (
    instrument_id uuid not null references life_domain_instrument (id),
    position      integer not null,
    code          varchar(40) not null,
    name_nl       varchar(80) not null,
    name_en       varchar(80) not null,
    primary key (instrument_id, code)
);

create table life_domain_level (
    instrument_id uuid not null,
    domain_code   varchar(40) not null,
    level         smallint not null check (level between 1 and 5),
    text_nl       varchar(500) not null,
    text_en       varchar(500) not null,
    primary key (instrument_id, domain_code, level),
    foreign key (instrument_id, domain_code) references life_domain (instrument_id, code)
);

create table trajectory_client (
    id                     uuid primary key,
    provider_code          varchar(60) not null,
    client_number          varchar(40) not null,
    name                   varchar(200) not null,
    birth_date             date not null,
    target_housing         varchar(40),
    preferred_municipality varchar(10),
    origin_municipality    varchar(10),
    origin_reason          varchar(500),
    facility_id            uuid,
    key_worker             varchar(100) not null,
    stand_in               varchar(100),
    phase                  varchar(30) not null,
    phase_since            date not null,
    candidate_id           uuid,
    created_at             timestamptz not null default now(),
    created_by             varchar(100) not null,
    version                integer not null default 0,
    unique (provider_code, client_number)
);
create index trajectory_client_caseload on trajectory_client (provider_code, key_worker, phase);

create table trajectory_phase (
    id         uuid primary key,
    client_id  uuid not null references trajectory_client (id),
    phase      varchar(30) not null,
    since      date not null,
    note       varchar(500),
    changed_by varchar(100) not null,
    changed_at timestamptz not null default now()
);
create index trajectory_phase_client on trajectory_phase (client_id, since);

create table life_domain_assessment (
    id            uuid primary key,
    client_id     uuid not null references trajectory_client (id),
    instrument_id uuid not null references life_domain_instrument (id),
    assessed_on   date not null,
    period_from   date not null,
    assessor      varchar(100) not null,
    created_at    timestamptz not null default now(),
    version       integer not null default 0
);
create index life_domain_assessment_client on life_domain_assessment (client_id, assessed_on desc);

create table life_domain_score (
    assessment_id uuid not null references life_domain_assessment (id),
    domain_code   varchar(40) not null,
    score         smallint check (score between 1 and 5),
    target        smallint check (target between 1 and 5),
    note          varchar(1000),
    primary key (assessment_id, domain_code)
);
