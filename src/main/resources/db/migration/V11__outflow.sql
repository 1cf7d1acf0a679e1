-- Outflow from shelter and protected housing into ordinary social housing (uitstroom, voorrangsregeling):
-- region settings and rules, candidates, vacancies and vacancy totals, matching runs and proposals, offers,
-- tenancy-with-care agreements with their evaluations, contingents with corporation stock.

-- Per region: the cap, the norm between urgency and offer, when an offer is stalled, the agreement's length.
create table outflow_setting (
    region_code         varchar(60) primary key,
    cap_percent         integer not null default 25 check (cap_percent between 0 and 100),
    offer_norm_months   integer not null default 3 check (offer_norm_months between 1 and 36),
    stalled_offer_days  integer not null default 7 check (stalled_offer_days between 1 and 90),
    tenancy_months      integer not null default 12 check (tenancy_months between 1 and 60),
    version             integer not null default 0,
    updated_by          varchar(100),
    updated_at          timestamptz
);

-- The categories of the region's scheme (configuration, not code).
create table outflow_category (
    region_code  varchar(60) not null,
    code         varchar(40) not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    label        varchar(100) not null,
    active       boolean not null default true,
    primary key (region_code, code)
);

-- Eligibility rules of a region; a rule a candidate does not meet can be excepted (eligibility_exception).
create table eligibility_rule (
    id           uuid primary key,
    region_code  varchar(60) not null,
    kind         varchar(40) not null check (kind in ('MIN_REGIONAL_TIES_YEARS', 'PRIOR_OWN_DWELLING')),
    parameter    integer,
    description  varchar(300) not null,
    active       boolean not null default true,
    created_by   varchar(100) not null,
    created_at   timestamptz not null default now()
);
create index eligibility_rule_region on eligibility_rule (region_code);

-- Passend toewijzen: the rent limits per year, in euro cents (national figures; check them every year).
create table affordability_limit (
    year                   integer primary key check (year between 2000 and 2100),
    quality_discount_cents integer not null,
    low_cap_cents          integer not null,
    high_cap_cents         integer not null,
    liberalisation_cents   integer not null,
    source                 varchar(300) not null,
    updated_by             varchar(100) not null,
    updated_at             timestamptz not null default now(),
    check (0 < quality_discount_cents and quality_discount_cents <= low_cap_cents and low_cap_cents <= high_cap_cents
           and high_cap_cents <= liberalisation_cents)
);
-- The 2025 limits as published by the national government (Rijksoverheid, huurtoeslag/passend toewijzen 2025).
-- 2026 starts with the same amounts, marked provisional: the coordinator enters the published 2026 figures.
insert into affordability_limit (year, quality_discount_cents, low_cap_cents, high_cap_cents, liberalisation_cents, source, updated_by)
values (2025, 47720, 68296, 73193, 90007, 'Rijksoverheid, grenzen huurtoeslag en passend toewijzen 2025', 'migratie'),
       (2026, 47720, 68296, 73193, 90007, 'VOORLOPIG: bedragen 2025; vervang door de gepubliceerde grenzen 2026', 'migratie');

create table candidate (
    id                     uuid primary key,
    region_code            varchar(60) not null,
    reference              varchar(40) not null,
    provider_code          varchar(40) not null,
    deciding_municipality  varchar(6) not null,
    adults                 smallint not null check (adults between 1 and 6),
    children               smallint not null check (children between 0 and 12),
    age_band               varchar(10) not null,
    income_band            varchar(10) not null check (income_band in ('LOW', 'MIDDLE')),
    needs_ground_floor     boolean not null default false,
    needs_lift             boolean not null default false,
    needs_wheelchair       boolean not null default false,
    bedrooms_needed        smallint not null check (bedrooms_needed between 0 and 8),
    origin_municipality    varchar(6) not null,
    support_provider       varchar(40) not null,
    support_intensity      varchar(20) not null check (support_intensity in ('LIGHT', 'MEDIUM', 'INTENSIVE')),
    target_housing         varchar(30) not null check (target_housing in ('TENANCY_WITH_CARE', 'HOUSING_FIRST', 'OTHER')),
    category               varchar(40) not null,
    regional_ties_years    smallint check (regional_ties_years between 0 and 120),
    had_own_dwelling       boolean not null default false,
    consent_on             date not null,
    status                 varchar(20) not null check (status in ('REGISTERED', 'URGENCY_GRANTED', 'PROPOSED', 'OFFERED', 'HOUSED', 'WITHDRAWN')),
    urgency_granted_on     date,
    urgency_decision       varchar(100),
    urgency_granted_by     varchar(100),
    ready_on               date,
    ready_confirmed_by     varchar(200),
    registered_by          varchar(100) not null,
    registered_at          timestamptz not null default now(),
    version                integer not null default 0,
    unique (provider_code, reference),
    check ((status = 'REGISTERED') or (status = 'WITHDRAWN') or (urgency_granted_on is not null))
);
create index candidate_region_status on candidate (region_code, status);
create index candidate_deciding on candidate (deciding_municipality);

-- Acceptable municipalities in order of preference (rank 1 = first choice).
create table candidate_municipality (
    candidate_id       uuid not null references candidate (id) on delete cascade,
    rank               smallint not null check (rank between 1 and 50),
    municipality_code  varchar(6) not null,
    primary key (candidate_id, rank),
    unique (candidate_id, municipality_code)
);

create table candidate_exclusion (
    candidate_id        uuid not null references candidate (id) on delete cascade,
    neighbourhood_code  varchar(10) not null,
    reason              varchar(30) not null check (reason in ('SAFETY', 'NETWORK', 'RELAPSE_RISK', 'NUISANCE_HISTORY', 'OTHER')),
    primary key (candidate_id, neighbourhood_code)
);

-- Status history, append-only in the application.
create table candidate_status_change (
    id            uuid primary key,
    candidate_id  uuid not null references candidate (id) on delete cascade,
    from_status   varchar(20),
    to_status     varchar(20) not null,
    reason        varchar(500),
    changed_by    varchar(100) not null,
    changed_at    timestamptz not null default now()
);
create index candidate_status_change_candidate on candidate_status_change (candidate_id, changed_at);

create table eligibility_exception (
    id            uuid primary key,
    candidate_id  uuid not null references candidate (id) on delete cascade,
    rule_id       uuid not null references eligibility_rule (id),
    reason        varchar(1000) not null,
    decided_on    date not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz not null default now(),
    unique (candidate_id, rule_id)
);

create table vacancy (
    id                  uuid primary key,
    region_code         varchar(60) not null,
    corporation_code    varchar(40) not null,
    address             varchar(200) not null,
    postcode            varchar(7) not null,
    municipality_code   varchar(6) not null,
    neighbourhood_code  varchar(10) not null,
    bedrooms            smallint not null check (bedrooms between 0 and 8),
    rent_cents          integer not null check (rent_cents between 10000 and 300000),
    floor               smallint not null check (floor between -1 and 40),
    lift                boolean not null default false,
    wheelchair          boolean not null default false,
    available_from      date not null,
    status              varchar(20) not null check (status in ('OPEN', 'PROPOSED', 'OFFERED', 'LET', 'WITHDRAWN')),
    created_by          varchar(100) not null,
    created_at          timestamptz not null default now(),
    version             integer not null default 0
);
create index vacancy_region_status on vacancy (region_code, status);
create index vacancy_corporation on vacancy (corporation_code);

-- Total vacancies (vrijgekomen woningen) a corporation reports per quarter: the base of the cap.
create table vacancy_total (
    corporation_code  varchar(40) not null,
    year              integer not null check (year between 2000 and 2100),
    quarter           smallint not null check (quarter between 1 and 4),
    total             integer not null check (total between 0 and 100000),
    reported_by       varchar(100) not null,
    reported_at       timestamptz not null default now(),
    primary key (corporation_code, year, quarter)
);

-- A run of the matching engine: what it was given and what it proposed (ids only, no personal data).
create table matching_run (
    id             uuid primary key,
    region_code    varchar(60) not null,
    run_by         varchar(100) not null,
    run_at         timestamptz not null default now(),
    candidates     integer not null,
    vacancies      integer not null,
    housed         integer not null,
    waiting_weight bigint not null,
    fit            bigint not null,
    result         jsonb not null
);
create index matching_run_region on matching_run (region_code, run_at desc);

-- A proposal adopted by the corporation (people decide; the engine proposes). Released when let go.
create table proposal (
    id               uuid primary key,
    vacancy_id       uuid not null references vacancy (id),
    candidate_id     uuid not null references candidate (id) on delete cascade,
    matching_run_id  uuid references matching_run (id),
    ranked_place     integer,
    proposed_by      varchar(100) not null,
    proposed_at      timestamptz not null default now(),
    released_at      timestamptz,
    release_reason   varchar(500)
);
create unique index proposal_one_open_per_vacancy on proposal (vacancy_id) where released_at is null;
create unique index proposal_one_open_per_candidate on proposal (candidate_id) where released_at is null;

create table offer (
    id                uuid primary key,
    vacancy_id        uuid not null references vacancy (id),
    candidate_id      uuid not null references candidate (id) on delete cascade,
    corporation_code  varchar(40) not null,
    provider_code     varchar(40) not null,
    offered_on        date not null,
    made_by           varchar(100) not null,
    made_at           timestamptz not null default now(),
    status            varchar(20) not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    answered_on       date,
    answered_by       varchar(100),
    decline_reason    varchar(30) check (decline_reason in ('DWELLING_UNSUITABLE', 'LOCATION_UNSUITABLE', 'CLIENT_NOT_READY',
                                                            'CLIENT_DECLINED', 'CIRCUMSTANCES_CHANGED', 'OTHER')),
    decline_note      varchar(1000),
    version           integer not null default 0
);
create unique index offer_one_open_per_vacancy on offer (vacancy_id) where status = 'OPEN';
create index offer_candidate on offer (candidate_id);

-- Huurzorgovereenkomst: tenant, corporation, provider; 12 months by default, then regular lease, extended or ended.
create table tenancy (
    id                 uuid primary key,
    offer_id           uuid not null unique references offer (id),
    candidate_id       uuid not null references candidate (id) on delete cascade,
    vacancy_id         uuid not null references vacancy (id),
    corporation_code   varchar(40) not null,
    provider_code      varchar(40) not null,
    municipality_code  varchar(6) not null,
    starts_on          date not null,
    agreed_ends_on     date not null,
    ends_on            date not null,
    outcome            varchar(20) check (outcome in ('REGULAR_LEASE', 'EXTENDED', 'ENDED')),
    end_reason         varchar(20) check (end_reason in ('EVICTION', 'RELAPSE', 'MOVED', 'OTHER')),
    outcome_on         date,
    outcome_note       varchar(1000),
    outcome_by         varchar(100),
    version            integer not null default 0,
    check (ends_on > starts_on),
    check ((outcome = 'ENDED') = (end_reason is not null))
);
create index tenancy_starts on tenancy (starts_on);

-- Every outcome decided, in order (an extension is followed by a later outcome); tenancy holds the latest.
create table tenancy_outcome (
    id           uuid primary key,
    tenancy_id   uuid not null references tenancy (id) on delete cascade,
    outcome      varchar(20) not null check (outcome in ('REGULAR_LEASE', 'EXTENDED', 'ENDED')),
    end_reason   varchar(20) check (end_reason in ('EVICTION', 'RELAPSE', 'MOVED', 'OTHER')),
    decided_on   date not null,
    note         varchar(1000),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now()
);
create index tenancy_outcome_tenancy on tenancy_outcome (tenancy_id, decided_on);

create table tenancy_evaluation (
    tenancy_id   uuid not null references tenancy (id) on delete cascade,
    month        smallint not null,
    due_on       date not null,
    held_on      date,
    summary      varchar(2000),
    recorded_by  varchar(100),
    recorded_at  timestamptz,
    primary key (tenancy_id, month)
);

-- A region's contingent for a year, as decided, with its split over the municipalities.
create table contingent (
    region_code           varchar(60) not null,
    year                  integer not null check (year between 2000 and 2100),
    total                 integer not null check (total between 1 and 100000),
    care_load_correction  boolean not null,
    decided_by            varchar(200) not null,
    recorded_by           varchar(100) not null,
    recorded_at           timestamptz not null default now(),
    primary key (region_code, year)
);

create table contingent_share (
    region_code        varchar(60) not null,
    year               integer not null,
    municipality_code  varchar(6) not null,
    households         bigint not null,
    factor             numeric(6, 3) not null,
    exact              numeric(10, 3) not null,
    contingent         integer not null,
    primary key (region_code, year, municipality_code),
    foreign key (region_code, year) references contingent (region_code, year) on delete cascade
);

-- Social rental stock per corporation in a municipality: the key for the corporations' shares.
create table corporation_stock (
    region_code        varchar(60) not null,
    year               integer not null,
    municipality_code  varchar(6) not null,
    corporation_code   varchar(40) not null,
    dwellings          integer not null check (dwellings between 0 and 1000000),
    recorded_by        varchar(100) not null,
    recorded_at        timestamptz not null default now(),
    primary key (region_code, year, municipality_code, corporation_code)
);
