-- Support plans (issue 16): goals per life domain with a target level, actions with an owner and a due date, and
-- evaluation moments agreed with the client and the partners, their outcome and the scaling of support.

create table support_goal (
    id            uuid primary key,
    client_id     uuid not null references trajectory_client (id),
    domain_code   varchar(40) not null,
    instrument_id uuid not null references life_domain_instrument (id),
    -- the score of the domain in the latest assessment when the goal was set (null: not scored)
    start_level   smallint check (start_level between 1 and 5),
    target_level  smallint not null check (target_level between 1 and 5),
    description   varchar(500) not null,
    status        varchar(20) not null,
    created_by    varchar(100) not null,
    created_at    timestamptz not null default now(),
    version       integer not null default 0
);
create index support_goal_client on support_goal (client_id, created_at);

create table support_action (
    id            uuid primary key,
    goal_id       uuid not null references support_goal (id),
    client_id     uuid not null references trajectory_client (id),
    description   varchar(500) not null,
    -- exactly one owner: a member of the provider's staff (user name) or a partner organisation (its name)
    owner_person  varchar(100),
    owner_partner varchar(200),
    due_on        date not null,
    status        varchar(20) not null,
    done_on       date,
    created_by    varchar(100) not null,
    created_at    timestamptz not null default now(),
    version       integer not null default 0,
    check ((owner_person is null) <> (owner_partner is null))
);
create index support_action_client on support_action (client_id, due_on);
create index support_action_open on support_action (client_id, due_on) where status in ('PLANNED', 'IN_PROGRESS');

create table support_evaluation (
    id               uuid primary key,
    client_id        uuid not null references trajectory_client (id),
    planned_on       date not null,
    with_client      boolean not null,
    with_provider    boolean not null,
    with_wmo         boolean not null,
    with_corporation boolean not null,
    held_on          date,
    outcome          varchar(1000),
    scaling          varchar(10),
    scaling_reason   varchar(500),
    created_by       varchar(100) not null,
    recorded_by      varchar(100),
    created_at       timestamptz not null default now(),
    version          integer not null default 0
);
create index support_evaluation_client on support_evaluation (client_id, planned_on);
create index support_evaluation_open on support_evaluation (client_id, planned_on) where held_on is null;
