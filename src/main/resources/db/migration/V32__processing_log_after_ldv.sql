-- The processing log after the Logboek Dataverwerkingen standard (decision 0017): the trace and operation of W3C Trace
-- Context, start and end, the processing activity of the register (and its version) an entry ran under, and a
-- pseudonymous reference to the data subject instead of their id. Columns are added nullable: entries written before
-- this migration keep what they had (the log is append-only, so they cannot be filled in afterwards).
alter table processing_log
    add column operation_id        varchar(16),
    add column parent_operation_id varchar(16),
    add column started_at          timestamptz,
    add column ended_at            timestamptz,
    add column activity_code       varchar(60),
    add column activity_version    integer,
    add column subject_ref         varchar(64);

-- "Who looked at this client's file": one subject's entries, newest first, without reading the rest of the log.
create index processing_log_subject on processing_log (subject_ref, occurred_at desc, id desc)
    where subject_ref is not null;
create index processing_log_trace on processing_log (trace_id);

-- The register of processing activities (verwerkingsregister, AVG art. 30). A change is a new version row; the row with
-- the highest version of a code is the current one, and a log entry names the version it ran under. No row is ever
-- changed or removed. action_prefixes: the logged actions that belong to the activity (space separated; an action
-- belongs to the activity with the longest prefix that equals it or ends where the action has a dot).
create table processing_activity (
    code             varchar(60)  not null,
    version          integer      not null check (version >= 1),
    name_nl          varchar(200) not null,
    name_en          varchar(200) not null,
    purpose_nl       text         not null,
    purpose_en       text         not null,
    legal_basis      text         not null,
    data_categories  text         not null,
    data_subjects    text         not null,
    retention_months integer      not null check (retention_months between 1 and 1200),
    action_prefixes  text         not null,
    changed_by       varchar(200) not null,
    changed_at       timestamptz  not null default now(),
    primary key (code, version)
);

create function processing_activity_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'processing_activity keeps every version: % is not allowed', tg_op;
end;
$$;
create trigger processing_activity_no_update before update or delete on processing_activity
    for each row execute function processing_activity_is_append_only();

-- The key of the pseudonyms when thuisbasis.audit.pseudonym-key is not set: made once, so that a restart keeps the
-- same pseudonyms. Readable only by the application's own database role.
create table audit_secret (
    name       varchar(40) primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now()
);

insert into processing_activity (code, version, name_nl, name_en, purpose_nl, purpose_en, legal_basis, data_categories,
                                 data_subjects, retention_months, action_prefixes, changed_by) values
('trajectory-care', 1, 'Begeleiding van cliënten (trajecten)', 'Supporting clients (trajectories)',
 'Een cliënt begeleiden naar zelfstandig wonen: aanmelding, fasen, zelfredzaamheidsmetingen, ondersteuningsplan, crisisplan en woonvaardigheid.',
 'Supporting a client towards independent living: registration, phases, self-sufficiency assessments, support plan, crisis plan and readiness for housing.',
 'AVG art. 6 lid 1 sub b en c; art. 9 lid 2 sub h; Wmo 2015 (zorgrelatie)',
 'Naam, geboortedatum, fase en verblijf; zelfredzaamheid per leefdomein; doelen en acties; signalen en afspraken van het crisisplan (gezondheid)',
 'Cliënten van beschermd wonen en maatschappelijke opvang', 180,
 'trajectory.client trajectory.assessment trajectory.plan trajectory.readiness trajectory.crisis', 'systeem'),
('trajectory-consent', 1, 'Toestemmingen van cliënten', 'Clients'' consents',
 'Vastleggen welke gegevens een cliënt met welke organisatie deelt, waarvoor en tot wanneer, met het ondertekende formulier of een getuige; intrekken.',
 'Recording which data a client shares with which organisation, for what and until when, with the signed form or a witness; revoking.',
 'AVG art. 6 lid 1 sub a; art. 9 lid 2 sub a (uitdrukkelijke toestemming)',
 'Gegevenscategorieën, organisatie, doel, periode, ondertekend formulier of getuige',
 'Cliënten van beschermd wonen en maatschappelijke opvang', 180,
 'trajectory.consent trajectory.client.consent', 'systeem'),
('trajectory-instruments', 1, 'Meetinstrumenten van de regio', 'The region''s assessment instruments',
 'De leefdomeinen en niveaus van het meetinstrument van een regio laden (zonder persoonsgegevens).',
 'Loading the life domains and levels of a region''s assessment instrument (no personal data).',
 'AVG art. 6 lid 1 sub e; beheer van het systeem', 'Geen persoonsgegevens', 'Geen', 24,
 'trajectory.instrument', 'systeem'),
('outflow-priority', 1, 'Uitstroom met voorrang', 'Priority outflow into ordinary housing',
 'Kandidaten voor uitstroom aanmelden, urgentie en woonvaardigheid beoordelen, woningen toewijzen binnen de contingenten van de regio.',
 'Registering candidates for outflow, assessing urgency and readiness, allocating homes within the region''s contingents.',
 'AVG art. 6 lid 1 sub e; art. 9 lid 2 sub a (uitdrukkelijke toestemming cliënt); Wmo 2015',
 'Kandidaatgegevens (huishouden, urgentie, woonwensen), aanbiedingen, reden van uitzondering',
 'Kandidaten voor uitstroom uit beschermd wonen en opvang', 84,
 'outflow.candidate outflow.offer outflow.proposal outflow.matching outflow.vacancy outflow.category outflow.contingent outflow.limits outflow.rule outflow.settings outflow.stock',
 'systeem'),
('outflow-tenancy-with-care', 1, 'Huren met begeleiding', 'Tenancy with care',
 'Een huurovereenkomst met begeleiding volgen: evaluaties en de uitkomst na de proefperiode.',
 'Following a tenancy with care: evaluations and the outcome after the trial period.',
 'AVG art. 6 lid 1 sub e; art. 9 lid 2 sub a (uitdrukkelijke toestemming cliënt); Wmo 2015',
 'Huurovereenkomst, evaluaties, uitkomst en reden van beëindiging',
 'Huurders met begeleiding (voormalige kandidaten)', 84, 'outflow.tenancy', 'systeem'),
('neighbour-reports', 1, 'Meldingen van omwonenden', 'Reports from neighbours',
 'Meldingen van omwonenden over een voorziening ontvangen, doorzetten en afhandelen; het e-mailadres van de melder na de bewaartermijn wissen.',
 'Receiving, forwarding and handling neighbours'' reports about a facility; erasing the reporter''s e-mail address after the retention period.',
 'AVG art. 6 lid 1 sub e; Wmo 2015', 'Melding, e-mailadres van de melder (optioneel), afhandeling',
 'Omwonenden die een melding doen', 24, 'reports', 'systeem'),
('security-logins', 1, 'Inloggen en toegangsbeveiliging', 'Logins and access control',
 'Inlogpogingen vastleggen en accounts na herhaalde mislukte pogingen tijdelijk blokkeren.',
 'Recording login attempts and locking accounts for a while after repeated failures.',
 'AVG art. 32 (beveiliging van de verwerking)', 'Gebruikersnaam, organisatie, tijdstip, uitkomst',
 'Medewerkers van aangesloten organisaties', 12, 'LOGIN', 'systeem'),
('security-api-tokens', 1, 'API-sleutels', 'API tokens',
 'Persoonlijke API-sleutels uitgeven en intrekken.', 'Issuing and revoking personal API tokens.',
 'AVG art. 32 (beveiliging van de verwerking)', 'Gebruikersnaam, naam en geldigheid van de sleutel',
 'Medewerkers van aangesloten organisaties', 12, 'identity.api-token', 'systeem'),
('facility-register', 1, 'Register van voorzieningen', 'Register of facilities',
 'Voorzieningen van beschermd wonen en opvang registreren, wijzigen, importeren en exporteren; geheime adressen alleen voor wie ze mag zien.',
 'Registering, changing, importing and exporting protected-housing and shelter facilities; secret addresses only for those allowed to see them.',
 'AVG art. 6 lid 1 sub e; Wmo 2015', 'Gegevens van voorzieningen, contactpersonen, geheime adressen',
 'Contactpersonen van aanbieders', 84, 'facility', 'systeem'),
('cbs-import', 1, 'Import van CBS-gegevens', 'Import of CBS data',
 'Wijk- en buurtcijfers van het CBS inlezen (open data, geen persoonsgegevens).',
 'Importing district and neighbourhood figures of Statistics Netherlands (open data, no personal data).',
 'Geen persoonsgegevens (CBS open data)', 'Geen persoonsgegevens', 'Geen', 12, 'CBS_IMPORT', 'systeem'),
('oversight', 1, 'Toezicht en leefbaarheid rond voorzieningen', 'Oversight and liveability around facilities',
 'Afspraken, toezicht, acties en leefbaarheidsoverleg rond voorzieningen vastleggen en volgen.',
 'Recording and following agreements, supervision, actions and liveability meetings around facilities.',
 'AVG art. 6 lid 1 sub e; Wmo 2015', 'Afspraken, acties, namen van betrokken medewerkers',
 'Medewerkers en omwonenden in overleggen', 84, 'oversight', 'systeem'),
('siting', 1, 'Spreiding en locatiekeuze', 'Siting of facilities',
 'Initiatieven voor nieuwe voorzieningen, locatiescans en buurtnotities vastleggen.',
 'Recording initiatives for new facilities, site scans and neighbourhood notes.',
 'AVG art. 6 lid 1 sub e; Wmo 2015', 'Initiatieven, scans, buurtnotities',
 'Medewerkers van gemeenten en aanbieders', 84, 'siting', 'systeem'),
('log-supervision', 1, 'Toezicht op het verwerkingenlogboek', 'Supervision of the processing log',
 'Het verwerkingenlogboek doorzoeken om verwerkingen te verantwoorden en vragen van betrokkenen te beantwoorden.',
 'Searching the processing log to account for processing and to answer data subjects'' requests.',
 'AVG art. 6 lid 1 sub e; beheer van het systeem', 'Logregels (pseudoniemen, gebruikers, handelingen)',
 'Medewerkers; betrokkenen via pseudoniem', 24, 'READ audit', 'systeem');
