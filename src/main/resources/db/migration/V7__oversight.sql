-- Oversight per facility: committee, covenant, current regime; the regime and extra-supervision histories are append-only.
create table oversight_profile (
    facility_id              uuid primary key,
    committee_present        boolean not null default false,
    committee_parties        varchar(30)[] not null default '{}',
    meeting_cadence          varchar(100),
    last_meeting             date,
    next_meeting             date,
    minutes_url              varchar(300),
    covenant_present         boolean not null default false,
    covenant_signed_on       date,
    covenant_last_review     date,
    covenant_has_register    boolean not null default false,
    covenant_has_report_card boolean not null default false,
    regime                   varchar(30) not null default 'DORMANT',
    extra_supervision        boolean not null default false,
    version                  integer not null default 0,
    updated_by               varchar(100) not null,
    updated_at               timestamptz not null default now(),
    constraint oversight_extra_only_on_track check (not extra_supervision or regime = 'IMPROVEMENT_TRACK')
);

create table regime_change (
    id           uuid primary key,
    facility_id  uuid not null references oversight_profile (facility_id),
    from_regime  varchar(30),
    to_regime    varchar(30) not null,
    reason       varchar(2000) not null,
    urgent       boolean not null default false,
    decided_by   varchar(200) not null,
    decided_on   date not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now()
);
create index regime_change_facility on regime_change (facility_id, recorded_at);

create table extra_supervision_change (
    id           uuid primary key,
    facility_id  uuid not null references oversight_profile (facility_id),
    switched_on  boolean not null,
    reason       varchar(2000) not null,
    decided_on   date not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now()
);

create function oversight_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Oversight history cannot be changed or removed';
end;
$$;
create trigger regime_change_append_only before update or delete on regime_change
    for each row execute function oversight_history_is_append_only();
create trigger extra_supervision_append_only before update or delete on extra_supervision_change
    for each row execute function oversight_history_is_append_only();
