-- Oversight stores what the system writes for people as a message key with its arguments, so that it is shown in the
-- reader's language; what a person typed stays as typed.

-- A line in the history of extra supervision that the system wrote (leaving the improvement track ended it): the key
-- and its arguments (the typed reason of the move). Older rows keep their Dutch sentence in reason and have no key
-- (the history is append-only, so they are not rewritten).
alter table extra_supervision_change add column reason_key varchar(100);
alter table extra_supervision_change add column reason_args text[];

-- An inventory started without a title has none: pages and files show "Inventarisatie <date>" in the reader's
-- language. Titles the system wrote before are taken back where they are exactly that default.
alter table inventory alter column title drop not null;
update inventory set title = null
where title ~ '^Inventarisatie [0-9]{4}-[0-9]{2}-[0-9]{2}$'
  and substr(title, 16) = to_char(started_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD');
