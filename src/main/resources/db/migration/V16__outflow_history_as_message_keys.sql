-- Outflow stores the lines the system writes in a candidate's history (registered, urgency granted, an offer made,
-- accepted, declined or withdrawn) as a message key with its arguments, so that they are shown in the reader's language.
-- A reason a person typed (a withdrawal, another choice than the proposal) stays in reason as typed. The arguments are a
-- JSON array: text and numbers as they are, a date as {"date": "2026-11-16"}, a label as {"label": "out.decline.OTHER"}.
-- Older rows keep their Dutch sentence in reason and have no key (the history is append-only, so they are not
-- rewritten), except the fixed sentences without arguments, which are taken over as their keys.
alter table candidate_status_change add column reason_key varchar(100);
alter table candidate_status_change add column reason_args jsonb;

update candidate_status_change set reason_key = 'out.history.registered', reason = null
where reason = 'Aangemeld voor de voorrangsregeling';
update candidate_status_change set reason_key = 'out.history.offerWithdrawn', reason = null
where reason = 'Aanbieding ingetrokken door de corporatie; terug in de pool';

-- The categories every region starts with have no name of their own until a coordinator names them: pages and the API
-- name them in the reader's language (out.category.<code>). The names the system wrote before are taken back where they
-- are still exactly those defaults.
alter table outflow_category alter column label drop not null;
update outflow_category set label = null
where (code, label) in (('SHELTER', 'Maatschappelijke opvang'), ('PROTECTED_HOUSING', 'Beschermd wonen'),
                        ('YOUTH_CARE', 'Jeugdzorg met verblijf'), ('OTHER', 'Maatwerk (overig)'));
