-- Readiness for independent living (issue 16): a checklist per region (a region without a list of its own uses the
-- list Thuisbasis ships), and per client each item confirmed with the day and who confirmed it.

create table readiness_item (
    region_code varchar(60) not null,
    code        varchar(40) not null,
    position    integer not null,
    name_nl     varchar(200) not null,
    name_en     varchar(200) not null,
    active      boolean not null default true,
    changed_by  varchar(100) not null,
    changed_at  timestamptz not null default now(),
    primary key (region_code, code)
);

create table client_readiness (
    client_id    uuid not null references trajectory_client (id),
    item_code    varchar(40) not null,
    confirmed_on date not null,
    confirmed_by varchar(200) not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now(),
    primary key (client_id, item_code)
);

-- the checklist of a client is changed as a whole, with the version that was read
alter table trajectory_client add column readiness_version integer not null default 0;
