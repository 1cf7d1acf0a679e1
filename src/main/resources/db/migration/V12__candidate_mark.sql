-- The mark that stands for a candidate in the monitor's drill-down (region coordinators, administrators and anyone
-- who may not see the candidate): random, not derived from the candidate's id, so that whoever once saw an id in a
-- link, a log or an API answer cannot follow the person through the monitor's lists.
alter table candidate add column mark varchar(16)
    default ('K-' || upper(substr(md5(gen_random_uuid()::text), 1, 10)));
update candidate set mark = 'K-' || upper(substr(md5(gen_random_uuid()::text), 1, 10));
alter table candidate alter column mark set not null;
create unique index candidate_mark_unique on candidate (mark);
