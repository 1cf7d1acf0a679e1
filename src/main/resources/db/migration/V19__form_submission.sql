-- One row per form or API submission that created something, keyed by the token the form carried (or the API call's
-- Idempotency-Key): a second submission with the same token gets the first one's result instead of a second record.
create table form_submission (
    token      varchar(80) primary key,
    form       varchar(80) not null,
    result     text        not null,
    created_at timestamptz not null default now()
);
create index form_submission_created on form_submission (created_at);
