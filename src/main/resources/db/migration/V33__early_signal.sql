-- Early signals and eviction prevention (vroegsignalering, issue 17 item 4; decision 0018): a signal about a household
-- housed through outflow (its tenancy-with-care agreement), recorded by the corporation or the municipality, with a
-- response deadline in working days, "repeat" when the household had a signal in the window before it (the window used
-- is kept with each signal: the rule is versioned), steps taken, and the outcome that closes it.
create table early_signal (
    id                    uuid primary key,
    tenancy_id            uuid not null references tenancy (id),
    candidate_id          uuid not null references candidate (id),
    corporation_code      varchar(40) not null,
    provider_code         varchar(40) not null,
    municipality_code     varchar(6) not null,
    type                  varchar(30) not null check (type in ('RENT_ARREARS', 'NUISANCE', 'MISSED_APPOINTMENTS',
                                                               'ENERGY_ARREARS', 'WATER_ARREARS', 'CARE_AVOIDANCE')),
    arrears_months        smallint check (arrears_months between 1 and 60),
    arrears_cents         integer check (arrears_cents between 1 and 100000000),
    received_on           date not null,
    response_days         smallint not null check (response_days between 0 and 60),
    deadline              date not null,
    repeat                boolean not null,
    repeat_window_months  smallint not null check (repeat_window_months between 1 and 60),
    note                  varchar(2000),
    recorded_by           varchar(100) not null,
    recorder_role         varchar(20) not null check (recorder_role in ('CORPORATION', 'MUNICIPALITY')),
    recorded_at           timestamptz not null default now(),
    outcome               varchar(30) check (outcome in ('RESOLVED', 'EVICTION_PREVENTED', 'EVICTED', 'MOVED')),
    outcome_on            date,
    outcome_note          varchar(1000),
    outcome_by            varchar(100),
    version               integer not null default 0,
    check (deadline >= received_on),
    check ((outcome is null) = (outcome_on is null)),
    check (type <> 'RENT_ARREARS' or (arrears_months is not null and arrears_cents is not null)),
    check (type not in ('ENERGY_ARREARS', 'WATER_ARREARS') or (arrears_cents is not null and arrears_months is null)),
    check (type in ('RENT_ARREARS', 'ENERGY_ARREARS', 'WATER_ARREARS') or (arrears_cents is null and arrears_months is null))
);
create index early_signal_candidate on early_signal (candidate_id, received_on);
create index early_signal_tenancy on early_signal (tenancy_id);
create index early_signal_open on early_signal (received_on) where outcome is null;

-- What was done about a signal, in order.
create table early_signal_step (
    id           uuid primary key,
    signal_id    uuid not null references early_signal (id) on delete cascade,
    kind         varchar(40) not null check (kind in ('CONTACT_MADE', 'HOME_VISIT', 'PAYMENT_ARRANGEMENT',
                                                      'DEBT_COUNSELLING_REFERRAL', 'LAST_CHANCE_AGREEMENT', 'TIME_OUT_PLACE',
                                                      'SECOND_CHANCE_TENANCY')),
    taken_on     date not null,
    note         varchar(1000),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now()
);
create index early_signal_step_signal on early_signal_step (signal_id, taken_on);
