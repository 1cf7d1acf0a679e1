-- Committee members by party, liveability measurements, improvement tracks with their actions;
-- handling of reports: routing, deadlines in working days, internal notes, reply templates.
create table committee_member (
    facility_id     uuid not null references oversight_profile (facility_id),
    party           varchar(30) not null,
    represented_by  varchar(300) not null,
    primary key (facility_id, party)
);

create table liveability_measurement (
    id           uuid primary key,
    facility_id  uuid not null references oversight_profile (facility_id),
    kind         varchar(20) not null check (kind in ('BASELINE', 'FOLLOW_UP')),
    method       varchar(200) not null,
    score        numeric(7, 2) not null,
    measured_on  date not null,
    notes        varchar(2000),
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now()
);
create index liveability_measurement_facility on liveability_measurement (facility_id, measured_on);

create table improvement_track (
    id           uuid primary key,
    facility_id  uuid not null references oversight_profile (facility_id),
    started_on   date not null,
    ended_on     date,
    goal         varchar(2000),
    started_by   varchar(100) not null
);
create unique index improvement_track_one_open on improvement_track (facility_id) where ended_on is null;

create table improvement_action (
    id                  uuid primary key,
    track_id            uuid not null references improvement_track (id),
    description         varchar(1000) not null,
    owner_organisation  varchar(100) not null,
    deadline            date not null,
    status              varchar(20) not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    done_on             date,
    version             integer not null default 0,
    created_by          varchar(100) not null,
    created_at          timestamptz not null default now(),
    updated_by          varchar(100) not null,
    updated_at          timestamptz not null default now()
);
create index improvement_action_track on improvement_action (track_id);
create index improvement_action_open on improvement_action (deadline) where status in ('OPEN', 'IN_PROGRESS');

-- Reports: whose queue, why (the route), and by when (working days).
alter table report add column municipality_code varchar(6);
alter table report add column routed_to         varchar(100);
alter table report add column route_target      varchar(20);
alter table report add column route_contact     varchar(300);
alter table report add column acknowledge_by    date;
alter table report add column resolve_by        date;
alter table report add column acknowledged_at   timestamptz;
create index report_queue on report (routed_to, status);
create index report_municipality on report (municipality_code, received_at);
create index report_facility_received on report (facility_id, received_at);

alter table report_status_change add column internal_note varchar(2000);

create table report_routing_rule (
    id                 uuid primary key,
    category           varchar(40),
    municipality_code  varchar(6),
    facility_id        uuid,
    target             varchar(20) not null check (target in ('PROVIDER', 'MUNICIPALITY', 'POLICE')),
    contact            varchar(300),
    created_by         varchar(100) not null,
    created_at         timestamptz not null default now()
);

create table reply_template (
    id                 uuid primary key,
    organisation_code  varchar(100),
    title              varchar(200) not null,
    body               varchar(2000) not null,
    created_by         varchar(100) not null,
    created_at         timestamptz not null default now()
);
insert into reply_template (id, organisation_code, title, body, created_by) values
  ('7d0b1c52-2f59-4a38-9b9e-0a0000000001', null, 'Ontvangen en in behandeling',
   'Bedankt voor uw melding. We hebben hem ontvangen en nemen hem in behandeling. U hoort binnen enkele werkdagen wat we doen.', 'systeem'),
  ('7d0b1c52-2f59-4a38-9b9e-0a0000000002', null, 'Besproken met de bewoners',
   'We hebben uw melding besproken met de begeleiding en de bewoners van de locatie. We houden de situatie de komende weken extra in de gaten.', 'systeem'),
  ('7d0b1c52-2f59-4a38-9b9e-0a0000000003', null, 'Doorgezet naar de wijkagent',
   'Uw melding gaat over iets waarvoor de politie de aangewezen partij is. We hebben hem doorgezet naar de wijkagent. Bij direct gevaar belt u 112.', 'systeem'),
  ('7d0b1c52-2f59-4a38-9b9e-0a0000000004', null, 'Afgehandeld',
   'We hebben maatregelen genomen en sluiten uw melding af. Blijft het probleem bestaan, dan kunt u de melding binnen 14 dagen heropenen met uw volgcode.', 'systeem'),
  ('7d0b1c52-2f59-4a38-9b9e-0a0000000005', null, 'Bedankt voor het compliment',
   'Dank u wel voor uw compliment. We hebben het gedeeld met de medewerkers en bewoners van de locatie.', 'systeem');
