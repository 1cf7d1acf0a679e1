-- Consent-based sharing (issue 17, decision 0016): a client's consent to share categories of their data with a partner
-- organisation (or every organisation of a type) for a purpose and a period, with its evidence; revoked, never deleted.

create table client_consent (
    id                     uuid primary key,
    client_id              uuid not null references trajectory_client (id),
    -- the data categories, comma-separated (CONTACT, HOUSING_PERSPECTIVE, LIFE_DOMAIN_SCORES, SUPPORT_PLAN, ...)
    categories             varchar(200) not null,
    recipient_organisation varchar(60),
    recipient_type         varchar(40),
    purpose                varchar(40) not null,
    valid_from             date not null,
    valid_until            date not null,
    evidence               varchar(30) not null,
    witness                varchar(200),
    signed_form            bytea,
    signed_form_name       varchar(200),
    signed_form_type       varchar(100),
    recorded_by            varchar(100) not null,
    recorded_at            timestamptz not null default now(),
    revoked_at             timestamptz,
    revoked_by             varchar(100),
    revoke_reason          varchar(500),
    version                integer not null default 0,
    check ((recipient_organisation is null) <> (recipient_type is null)),
    check (valid_until >= valid_from)
);
create index client_consent_client on client_consent (client_id);
create index client_consent_recipient on client_consent (recipient_organisation, client_id) where revoked_at is null;
