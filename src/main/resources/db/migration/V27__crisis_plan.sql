-- Crisis plans of clients (issue 16): one current plan per client, made with the client, with its phases (signals,
-- what the client does, what others do, contacts), practical arrangements, and risk factors with their agreements.
-- A save replaces the plan's rows; the plan keeps who last changed it and when, and the day it was agreed.

create table crisis_plan (
    client_id        uuid primary key references trajectory_client (id),
    agreed_on        date not null,
    made_with_client boolean not null check (made_with_client),
    post             varchar(200),
    pets             varchar(200),
    keys             varchar(200),
    other            varchar(200),
    changed_by       varchar(100) not null,
    changed_at       timestamptz not null default now(),
    version          integer not null default 0
);

create table crisis_plan_phase (
    client_id   uuid not null references crisis_plan (client_id),
    phase       varchar(20) not null check (phase in ('CALM', 'TENSION', 'CRISIS', 'AFTER')),
    signals     varchar(300),
    client_does varchar(300),
    others_do   varchar(300),
    primary key (client_id, phase)
);

create table crisis_plan_contact (
    client_id uuid not null,
    phase     varchar(20) not null,
    position  smallint not null check (position between 0 and 2),
    name      varchar(40) not null,
    role      varchar(40),
    phone     varchar(20) not null,
    primary key (client_id, phase, position),
    foreign key (client_id, phase) references crisis_plan_phase (client_id, phase)
);

create table crisis_plan_risk (
    client_id uuid not null references crisis_plan (client_id),
    position  smallint not null check (position between 0 and 4),
    risk      varchar(300) not null,
    agreement varchar(300) not null,
    primary key (client_id, position)
);
