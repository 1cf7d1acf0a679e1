-- Outflow stores what the system writes for people as a message key with its arguments, so that it is read in the
-- reader's language; what a person typed stays as typed.

-- Why an adopted proposal was let go, when the system words it (e.g. the vacancy was withdrawn: the key, with the
-- reason the corporation typed as its argument). release_reason keeps what a person typed. Older rows keep their Dutch
-- sentence in release_reason and have no key (they are not rewritten).
alter table proposal add column release_reason_key  varchar(100);
alter table proposal add column release_reason_args text[];
