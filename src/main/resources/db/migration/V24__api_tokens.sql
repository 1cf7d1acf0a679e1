-- Personal API tokens: an administrator issues one for an account; the API client sends it as a bearer token.
-- Only the SHA-256 of the token is kept (the token itself is shown once); a token can be revoked and expires.
create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id),
    name         varchar(100) not null,
    token_hash   char(64) not null unique,
    -- the first characters of the token, so that its holder can tell which one it is
    hint         varchar(12) not null,
    created_at   timestamptz not null default now(),
    created_by   varchar(100) not null,
    expires_on   date not null,
    revoked_at   timestamptz,
    revoked_by   varchar(100),
    last_used_on date,
    version      integer not null default 0
);
create index api_token_user on api_token (user_id);
