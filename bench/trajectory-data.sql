-- Test data for bench/trajectory.sh (issue 16): client trajectories at national scale, generated set-based with
-- generate_series in one transaction. Run with psql against the embedded PostgreSQL of a running Thuisbasis on a
-- fresh database (the application has created the tables and loaded the shipped instrument):
--
--   psql -X -v ON_ERROR_STOP=1 -v clients=50000 -v providers=10 -v workers=40 -v assessments=10 -f bench/trajectory-data.sql
--
-- What it makes (defaults):
--   * 10 care providers: the demo's leger-des-heils, yulius, asvz and pameijer and bench-zorg-01 .. bench-zorg-06,
--     5,000 clients each (client n goes to provider (n - 1) % providers + 1);
--   * 40 key workers per provider as accounts without a password (they cannot log in); at leger-des-heils the demo
--     account begeleider is one of them: key worker of 50 clients and stand-in of 10 more (60 on the caseload);
--     every fourth other client has a stand-in;
--   * phases: 10% intake, 40% in a facility, 20% preparing outflow, 20% housed with aftercare, 10% closed, each client
--     with a phase history from intake to the current phase; clients in intake, a facility or preparing outflow live
--     in a facility of the register (their provider's when it has any);
--   * 10 assessments per client (500,000) spread over the trajectory, each with a score for all 14 domains of the
--     shipped instrument (7,000,000 scores), a target on about 30%;
--   * a support plan for 70% of the clients: 3 goals (one achieved for every fifth client), 2 actions per goal (an
--     owner from the staff or a partner; due dates from 40 days ago to 80 days ahead, the past ones half done and half
--     still open, so overdue), 2 evaluations held and 1 planned (some of those already past, so overdue).
--
-- Everything generated has created_by = 'bench' (accounts: username bench-...), so a second run can tell.

\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
select setseed(0.16);

begin;

select id as instrument from life_domain_instrument where region_code is null order by version desc limit 1 \gset

create temp table bench_provider on commit drop as
select p as n, case p when 1 then 'leger-des-heils' when 2 then 'yulius' when 3 then 'asvz' when 4 then 'pameijer'
    else 'bench-zorg-' || lpad((p - 4)::text, 2, '0') end as code
from generate_series(1, :providers) p;

insert into organisation (id, code, name, type)
select gen_random_uuid(), code, 'Benchmark zorgaanbieder ' || (n - 4), 'CARE_PROVIDER' from bench_provider
on conflict (code) do nothing;

-- worker 1 of leger-des-heils is the demo account begeleider
create temp table bench_worker on commit drop as
select bp.n as provider, w, case when bp.n = 1 and w = 1 then 'begeleider' else 'bench-' || bp.code || '-' || lpad(w::text, 2, '0') end
    as username
from bench_provider bp cross join generate_series(1, :workers) w;

insert into app_user (id, username, display_name, role, organisation_id)
select gen_random_uuid(), bw.username, 'Begeleider ' || bw.w || ' (' || o.name || ')', 'PROVIDER', o.id
from bench_worker bw join bench_provider bp on bp.n = bw.provider join organisation o on o.code = bp.code
on conflict (username) do nothing;

-- the facilities a client can live in: their provider's, or any in the register when the provider has none
create temp table bench_facility on commit drop as
select bp.n as provider, coalesce(
    (select array_agg(f.id order by f.id) from facility f where f.provider_code = bp.code),
    (select array_agg(f.id order by f.id) from facility f)) as ids
from bench_provider bp;

-- one row per client: i is the client's number within its provider, k the ordinal of its current phase (1 .. 5)
create temp table bench_client on commit drop as
select gen_random_uuid() as id, n, (n - 1) % :providers + 1 as provider, (n - 1) / :providers + 1 as i,
    case ((n - 1) / :providers * 7 + (n - 1) % :providers) % 10
        when 0 then 1 when 1 then 2 when 2 then 2 when 3 then 2 when 4 then 2
        when 5 then 3 when 6 then 3 when 7 then 4 when 8 then 4 else 5 end as k,
    current_date - (200 + ((n * 37) % 1200)) as started
from generate_series(1, :clients) n;
alter table bench_client add primary key (id);

insert into trajectory_client (id, provider_code, client_number, name, birth_date, target_housing, preferred_municipality,
    origin_municipality, origin_reason, facility_id, key_worker, stand_in, phase, phase_since, created_at, created_by)
select c.id, bp.code, 'B' || lpad(c.i::text, 6, '0'),
    (array['Jan', 'Mohamed', 'Sanne', 'Kees', 'Fatima', 'Pieter', 'Anouk', 'Ahmed', 'Linda', 'Rob', 'Ewa', 'Dennis',
           'Yvonne', 'Said', 'Marieke', 'Tom', 'Esra', 'Bas', 'Ingrid', 'Kofi'])[1 + c.n % 20] || ' '
      || (array['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos',
           'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf',
           'van der Meer', 'Yilmaz', 'El Amrani', 'Kowalski', 'Boateng'])[1 + (c.n / 20) % 25],
    date '1960-01-01' + (c.n * 97) % 15000,
    (array['INDEPENDENT', 'TENANCY_WITH_CARE', 'HOUSING_FIRST', 'SHARED_SUPPORTED', 'PROTECTED_HOUSING'])[1 + c.n % 5],
    (array['GM0482', 'GM0505', 'GM0512', 'GM0523', 'GM0531', 'GM0590', 'GM0610', 'GM0642', 'GM1978'])[1 + c.n % 9],
    (array['GM0482', 'GM0505', 'GM0512', 'GM0523', 'GM0531', 'GM0590', 'GM0610', 'GM0642', 'GM1978'])[1 + (c.n / 9) % 9],
    case when c.n % 3 = 0 then 'Uitstroom uit een eerdere opvang' end,
    case when c.k <= 3 then bf.ids[1 + c.i % array_length(bf.ids, 1)] end,
    -- key worker: begeleider has the first 50 clients of leger-des-heils; the others are spread over the team
    case when c.provider = 1 and c.i <= 50 then 'begeleider'
         when c.provider = 1 then 'bench-leger-des-heils-' || lpad((2 + c.i % (:workers - 1))::text, 2, '0')
         else 'bench-' || bp.code || '-' || lpad((1 + c.i % :workers)::text, 2, '0') end,
    -- stand-in: begeleider for the next 10 clients of leger-des-heils; every fourth other client has one
    case when c.provider = 1 and c.i between 51 and 60 then 'begeleider'
         when c.i % 4 <> 0 then null
         when c.provider = 1 then 'bench-leger-des-heils-' || lpad((2 + (c.i + 7) % (:workers - 1))::text, 2, '0')
         else 'bench-' || bp.code || '-' || lpad((1 + (c.i + 7) % :workers)::text, 2, '0') end,
    (array['INTAKE', 'IN_FACILITY', 'PREPARING_OUTFLOW', 'HOUSED_WITH_AFTERCARE', 'CLOSED'])[c.k],
    c.started + (c.k - 1) * ((current_date - c.started) / 5),
    c.started::timestamptz, 'bench'
from bench_client c join bench_provider bp on bp.n = c.provider join bench_facility bf on bf.provider = c.provider;

-- the phase history: intake, then each next phase up to the current one
insert into trajectory_phase (id, client_id, phase, since, note, changed_by, changed_at)
select gen_random_uuid(), c.id, (array['INTAKE', 'IN_FACILITY', 'PREPARING_OUTFLOW', 'HOUSED_WITH_AFTERCARE', 'CLOSED'])[j],
    c.started + (j - 1) * ((current_date - c.started) / 5), case when j > 1 then 'Volgende fase' end, 'bench',
    (c.started + (j - 1) * ((current_date - c.started) / 5))::timestamptz
from bench_client c cross join generate_series(1, 5) j
where j <= c.k;

-- assessments spread over the trajectory, the last one at most a few weeks ago
create temp table bench_assessment on commit drop as
select gen_random_uuid() as id, c.id as client_id, a, c.started + a * ((current_date - c.started) / (:assessments + 1)) as assessed_on,
    c.started + (a - 1) * ((current_date - c.started) / (:assessments + 1)) as period_from
from bench_client c cross join generate_series(1, :assessments) a;

insert into life_domain_assessment (id, client_id, instrument_id, assessed_on, period_from, assessor, created_at)
select ba.id, ba.client_id, :'instrument', ba.assessed_on, ba.period_from, t.key_worker, ba.assessed_on::timestamptz
from bench_assessment ba join trajectory_client t on t.id = ba.client_id;

-- a score for every domain: drifting upwards over the assessments, with noise; a target on about 30%
insert into life_domain_score (assessment_id, domain_code, score, target, note)
select ba.id, d.code, least(5, greatest(1, 1 + (ba.a * 3) / (:assessments + 1) + floor(random() * 3)::int - 1)),
    case when random() < 0.3 then 4 end, null
from bench_assessment ba cross join life_domain d
where d.instrument_id = :'instrument';

-- support plans for 70% of the clients: 3 goals each
create temp table bench_goal on commit drop as
select gen_random_uuid() as id, c.id as client_id, c.i, g, t.key_worker,
    (select array_agg(code order by position) from life_domain where instrument_id = :'instrument') as domains
from bench_client c join trajectory_client t on t.id = c.id cross join generate_series(1, 3) g
where c.n % 10 < 7;

insert into support_goal (id, client_id, domain_code, instrument_id, start_level, target_level, description, status, created_by,
    created_at)
select bg.id, bg.client_id, bg.domains[1 + (bg.i + bg.g * 5) % array_length(bg.domains, 1)], :'instrument', 2, 4,
    'Doel ' || bg.g || ': een stap verder op dit leefgebied', case when bg.g = 3 and bg.i % 5 = 0 then 'ACHIEVED' else 'OPEN' end,
    bg.key_worker, now() - (bg.g || ' days')::interval
from bench_goal bg;

-- 2 actions per goal, due from 40 days ago to 80 days ahead; of the past ones half are done, half still open (overdue)
insert into support_action (id, goal_id, client_id, description, owner_person, owner_partner, due_on, status, done_on,
    created_by)
select gen_random_uuid(), bg.id, bg.client_id, 'Actie ' || x || ' bij doel ' || bg.g,
    case when x = 1 then bg.key_worker end, case when x = 2 then 'Trivire' end, d.due,
    case when d.due >= current_date then (case when x = 1 then 'PLANNED' else 'IN_PROGRESS' end)
         when (bg.i + bg.g + x) % 2 = 0 then 'DONE' else 'PLANNED' end,
    case when d.due < current_date and (bg.i + bg.g + x) % 2 = 0 then d.due end,
    bg.key_worker
from bench_goal bg cross join generate_series(1, 2) x
cross join lateral (select current_date + ((bg.i * 13 + bg.g * 7 + x * 11) % 120 - 40) as due) d;

-- 2 evaluations held, 1 planned (from 15 days ago to 75 days ahead: some overdue)
insert into support_evaluation (id, client_id, planned_on, with_client, with_provider, with_wmo, with_corporation, held_on,
    outcome, scaling, scaling_reason, created_by, recorded_by)
select gen_random_uuid(), c.id, e.planned_on, true, true, e.nr % 2 = 0, e.nr = 2, e.held_on,
    case when e.held_on is not null then 'Besproken met cliënt en partners; voortgang op de doelen' end,
    case when e.held_on is not null then 'SAME' end, null, 'bench', case when e.held_on is not null then 'bench' end
from bench_client c
cross join lateral (values
    (1, current_date - 180 - c.i % 30, current_date - 180 - c.i % 30),
    (2, current_date - 90 - c.i % 30, current_date - 90 - c.i % 30),
    (3, current_date + ((c.i * 17) % 90 - 15), null::date)) e(nr, planned_on, held_on)
where c.n % 10 < 7;

commit;

vacuum analyze trajectory_client;
vacuum analyze trajectory_phase;
vacuum analyze life_domain_assessment;
vacuum analyze life_domain_score;
vacuum analyze support_goal;
vacuum analyze support_action;
vacuum analyze support_evaluation;
vacuum analyze app_user;
vacuum analyze organisation;
