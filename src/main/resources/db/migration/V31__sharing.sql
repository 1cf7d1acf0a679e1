-- Sharing with partners (issue 17, decision 0016). A partner's read is allowed by an active consent; a legal basis
-- other than consent (vital interest in a crisis) is allowed only per access, with its reason, and is reported to the
-- client's provider, whose privacy contact reviews it.

create table vital_interest_access (
    id                    uuid primary key,
    client_id             uuid not null references trajectory_client (id),
    provider_code         varchar(60) not null,
    category              varchar(40) not null,
    reason                varchar(1000) not null,
    accessed_by           varchar(100) not null,
    accessor_organisation varchar(60) not null,
    accessed_at           timestamptz not null default now(),
    reviewed_by           varchar(100),
    reviewed_at           timestamptz,
    review_note           varchar(500),
    version               integer not null default 0
);
create index vital_interest_provider on vital_interest_access (provider_code, accessed_at desc);
create index vital_interest_client on vital_interest_access (client_id);

-- a partner's list of shared clients: by its organisation (index of V30) or by its kind of organisation
create index client_consent_recipient_type on client_consent (recipient_type, client_id) where revoked_at is null;
