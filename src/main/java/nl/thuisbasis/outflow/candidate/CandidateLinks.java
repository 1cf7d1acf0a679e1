package nl.thuisbasis.outflow.candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.outflow.common.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which corporations are linked to a candidate, and so see its minimal fields: one proposed (the engine's proposal in
 * the region's latest round for an open vacancy of the corporation, while the candidate is still in the pool and that
 * proposal was not yet adopted, or an adopted proposal not let go), offered (an offer not yet answered) or housed (a
 * tenancy) for one of its vacancies; a declined or withdrawn offer ends the link, as a released proposal or a newer round
 * does. The same rule twice in SQL: per corporation (a list's filter) and per candidate (the links of given candidates).
 */
@Repository
public class CandidateLinks {

    /** The candidates linked to the corporation of the four parameters. */
    static final String LINKED_TO_CORPORATION = """
            select p.candidate_id from proposal p join vacancy v on v.id = p.vacancy_id
                where p.released_at is null and v.corporation_code = ?
            union select c.id from vacancy v
                join lateral (select r.result, r.run_at from matching_run r where r.region_code = v.region_code
                    order by r.run_at desc limit 1) r on true
                join candidate c on c.id::text = r.result -> 'result' -> 'assignment' ->> v.id::text
                where v.corporation_code = ? and v.status = 'OPEN' and c.status = 'URGENCY_GRANTED'
                    and not exists (select 1 from proposal p where p.vacancy_id = v.id and p.candidate_id = c.id
                        and p.proposed_at >= r.run_at)
            union select o.candidate_id from offer o where o.status = 'OPEN' and o.corporation_code = ?
            union select t.candidate_id from tenancy t where t.corporation_code = ?""";

    private final JdbcClient jdbc;

    CandidateLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per candidate, the corporations linked to it (a candidate without links is not in the map). */
    public Map<UUID, Set<String>> linkedCorporations(List<UUID> ids) {
        Map<UUID, Set<String>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        String in = Sql.placeholders(ids);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            params.addAll(ids);
        }
        jdbc.sql("""
                select p.candidate_id, v.corporation_code from proposal p join vacancy v on v.id = p.vacancy_id
                    where p.released_at is null and p.candidate_id in (%1$s)
                union select c.id, v.corporation_code from candidate c
                    join lateral (select r.result, r.run_at from matching_run r where r.region_code = c.region_code
                        order by r.run_at desc limit 1) r on true
                    cross join lateral jsonb_each_text(r.result -> 'result' -> 'assignment') a
                    join vacancy v on v.id::text = a.key
                    where a.value = c.id::text and v.status = 'OPEN' and c.status = 'URGENCY_GRANTED' and c.id in (%1$s)
                        and not exists (select 1 from proposal p where p.vacancy_id = v.id and p.candidate_id = c.id
                            and p.proposed_at >= r.run_at)
                union select candidate_id, corporation_code from offer where status = 'OPEN' and candidate_id in (%1$s)
                union select candidate_id, corporation_code from tenancy where candidate_id in (%1$s)""".formatted(in))
                .params(params)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return result;
    }

    /** The corporations linked to one candidate. */
    public Set<String> of(UUID id) {
        return linkedCorporations(List.of(id)).getOrDefault(id, Set.of());
    }
}
