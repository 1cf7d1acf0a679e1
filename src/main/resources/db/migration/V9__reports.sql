-- Reports from the neighbourhood (meldingen). The status history is append-only.
create table report (
    id             uuid primary key,
    tracking_code  varchar(12) not null unique,
    facility_id    uuid,
    location_text  varchar(300),
    lon            double precision,
    lat            double precision,
    category       varchar(40) not null,
    description    varchar(4000) not null,
    email          varchar(200),
    email_consent  boolean not null default false,
    status         varchar(20) not null default 'RECEIVED' check (status in ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'CLOSED')),
    received_at    timestamptz not null default now(),
    closed_at      timestamptz,
    constraint report_email_needs_consent check (email is null or email_consent)
);
create index report_facility on report (facility_id);

create table report_status_change (
    id          uuid primary key,
    report_id   uuid not null references report (id),
    status      varchar(20) not null,
    public_note varchar(2000),
    changed_by  varchar(100) not null,
    changed_at  timestamptz not null default now()
);
create index report_status_change_report on report_status_change (report_id, changed_at);
create trigger report_status_change_append_only before update or delete on report_status_change
    for each row execute function oversight_history_is_append_only();
