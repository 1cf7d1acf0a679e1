-- The mark that stands for a candidate in the monitor's lists is read aloud (on the phone, in a meeting): six
-- characters after K-, from letters and digits that cannot be confused when spoken or read (no 0/O, 1/I/L, 2/Z, 5/S,
-- 8/B). Still random, not derived from any id; a new mark is drawn until it is not taken. Marks already given stay as
-- they are, so a mark someone wrote down keeps leading to the same record.
create function candidate_short_mark() returns varchar language plpgsql volatile as $$
declare
    alphabet constant text := 'ACDEFGHJKMNPQRTUVWXY34679';
    drawn varchar;
begin
    loop
        drawn := 'K-';
        for i in 1..6 loop
            drawn := drawn || substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
        end loop;
        exit when not exists (select 1 from candidate where mark = drawn);
    end loop;
    return drawn;
end
$$;
alter table candidate alter column mark set default candidate_short_mark();
