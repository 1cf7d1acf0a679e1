-- Inventories of a municipality's contracted facilities: one checklist per location.
create table inventory (
    id                uuid primary key,
    municipality_code varchar(6) not null,
    title             varchar(200) not null,
    started_by        varchar(100) not null,
    started_at        timestamptz not null default now()
);

create table inventory_answer (
    inventory_id           uuid not null references inventory (id),
    facility_id            uuid not null,
    facility_name          varchar(200) not null,
    committee_present      boolean not null default false,
    committee_meets        boolean not null default false,
    covenant_present       boolean not null default false,
    covenant_last_review   date,
    register_kept          boolean not null default false,
    report_card_present    boolean not null default false,
    liveability_score      integer,
    needed_regime          varchar(30) not null default 'DORMANT',
    answered               boolean not null default false,
    answered_by            varchar(100),
    answered_at            timestamptz,
    primary key (inventory_id, facility_id)
);
