create table organisation (
    id                uuid primary key,
    code              varchar(40) not null unique,
    name              varchar(200) not null,
    type              varchar(30) not null check (type in ('MUNICIPALITY', 'HOUSING_CORPORATION', 'CARE_PROVIDER', 'REGION')),
    municipality_code varchar(6)
);

create table app_user (
    id              uuid primary key,
    username        varchar(100) not null unique,
    display_name    varchar(200) not null,
    email           varchar(200),
    password_hash   varchar(100),
    role            varchar(30) not null check (role in ('PROVIDER', 'CORPORATION', 'MUNICIPALITY', 'REGION_COORDINATOR', 'ADMIN')),
    organisation_id uuid not null references organisation (id),
    enabled         boolean not null default true,
    failed_attempts integer not null default 0,
    locked_until    timestamptz,
    external_subject varchar(200) unique,
    created_at      timestamptz not null default now()
);
create index app_user_organisation on app_user (organisation_id);
