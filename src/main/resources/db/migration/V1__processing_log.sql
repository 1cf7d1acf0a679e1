-- Processing log (verwerkingenlogboek): append-only, in the spirit of "Logboek Dataverwerkingen".
create table processing_log (
    id              bigserial primary key,
    occurred_at     timestamptz not null default now(),
    trace_id        varchar(64) not null,
    actor           varchar(200) not null,
    actor_organisation varchar(100),
    action          varchar(40) not null,
    object_type     varchar(60),
    object_id       varchar(200),
    purpose         varchar(200) not null,
    legal_basis     varchar(200) not null,
    outcome         varchar(20) not null default 'SUCCESS',
    details         text
);
create index processing_log_occurred_at on processing_log (occurred_at desc);
create index processing_log_actor on processing_log (actor);
create index processing_log_object on processing_log (object_type, object_id);

-- Defence in depth: even a manual or buggy statement cannot rewrite history.
create function processing_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'processing_log is append-only: % is not allowed', tg_op;
end;
$$;
create trigger processing_log_no_update before update or delete on processing_log
    for each row execute function processing_log_is_append_only();
create trigger processing_log_no_truncate before truncate on processing_log
    for each statement execute function processing_log_is_append_only();
