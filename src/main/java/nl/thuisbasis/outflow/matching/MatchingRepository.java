package nl.thuisbasis.outflow.matching;

import nl.thuisbasis.outflow.common.KeyedText;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.outflow.common.Sql;
import nl.thuisbasis.outflow.domain.matching.MatchingResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Matching rounds (the engine's result, ids only) and the proposals corporations adopt from them, in SQL. */
@Repository
public class MatchingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MatchingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a run keeps: the engine's result (ids only, reasons as codes) and the notes (message keys). */
    record Stored(MatchingResult result, List<RoundNote> notes) {
    }

    record RunRow(UUID id, String regionCode, Instant runAt, String runBy, int candidates, int vacancies, int housed, Stored stored) {
    }

    void insertRun(UUID id, String regionCode, String actor, int candidates, int vacancies, MatchingResult.Objective objective,
            Stored stored) {
        jdbc.sql("""
                insert into matching_run (id, region_code, run_by, candidates, vacancies, housed, waiting_weight, fit, result)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, regionCode, actor, candidates, vacancies, objective.housed(), objective.waitingWeight(),
                        objective.fit(), json.writeValueAsString(stored))
                .update();
    }

    Optional<RunRow> latest(String regionCode) {
        return jdbc.sql("select * from matching_run where region_code = ? order by run_at desc limit 1").param(regionCode)
                .query((rs, n) -> new RunRow(rs.getObject("id", UUID.class), rs.getString("region_code"),
                        rs.getTimestamp("run_at").toInstant(), rs.getString("run_by"), rs.getInt("candidates"),
                        rs.getInt("vacancies"), rs.getInt("housed"), stored(rs.getString("result"))))
                .optional();
    }

    /**
     * A stored round. One stored before reasons and notes were codes has them as Dutch sentences: those are kept as
     * they were (shown as stored), each reason marked with what it says, so that a corporation still sees only how long
     * the others on its list waited and whether they are proposed elsewhere.
     */
    private Stored stored(String text) {
        JsonNode tree = json.readTree(text);
        if (tree.path("notes") instanceof ArrayNode notes) {
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i).isString()) {
                    notes.set(i, json.createObjectNode().put("text", notes.get(i).asString()));
                }
            }
        }
        for (JsonNode list : tree.path("result").path("rankedPerVacancy")) {
            for (JsonNode ranked : list) {
                if (ranked.path("reasons") instanceof ArrayNode reasons) {
                    for (int i = 0; i < reasons.size(); i++) {
                        if (reasons.get(i).isString()) {
                            String sentence = reasons.get(i).asString();
                            reasons.set(i, json.createObjectNode().put("code", legacyCode(sentence).name()).put("text", sentence));
                        }
                    }
                }
            }
        }
        for (JsonNode out : tree.path("result").path("leftOut")) {
            if (out instanceof ObjectNode o && o.path("summary").isString()) {
                o.set("reason", json.createObjectNode().put("code", MatchingResult.Reason.Code.TEXT.name())
                        .put("text", o.path("summary").asString()));
                o.remove("summary");
            }
        }
        return json.treeToValue(tree, Stored.class);
    }

    /** What an older round's reason says, from its Dutch words (they were always these four). */
    private static MatchingResult.Reason.Code legacyCode(String sentence) {
        if (sentence.startsWith("urgent sinds ")) {
            return MatchingResult.Reason.Code.WAITING_SINCE;
        }
        if (sentence.equals("voorgesteld voor een andere woning")) {
            return MatchingResult.Reason.Code.PROPOSED_ELSEWHERE;
        }
        if (sentence.endsWith("e keus van gemeente")) {
            return MatchingResult.Reason.Code.CHOICE;
        }
        return sentence.equals("gemeente van herkomst") ? MatchingResult.Reason.Code.ORIGIN : MatchingResult.Reason.Code.TEXT;
    }

    /** Per candidate, the dwellings they declined before (not proposed to them again). */
    Map<String, Set<String>> declined(Collection<UUID> candidateIds) {
        Map<String, Set<String>> declined = new HashMap<>();
        if (!candidateIds.isEmpty()) {
            jdbc.sql("select candidate_id::text, vacancy_id::text from offer where status = 'DECLINED' and candidate_id in ("
                    + Sql.placeholders(candidateIds) + ")")
                    .params(List.<Object>copyOf(candidateIds))
                    .query((rs, n) -> declined.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)))
                    .list();
        }
        return declined;
    }

    /** Per vacancy with an open adopted proposal: the candidate and its reference. */
    Map<UUID, Map.Entry<UUID, String>> adoptedFor(Collection<UUID> vacancyIds) {
        Map<UUID, Map.Entry<UUID, String>> adopted = new HashMap<>();
        if (vacancyIds.isEmpty()) {
            return adopted;
        }
        jdbc.sql("select p.vacancy_id, p.candidate_id, c.reference from proposal p join candidate c on c.id = p.candidate_id "
                + "where p.released_at is null and p.vacancy_id in (" + Sql.placeholders(vacancyIds) + ")")
                .params(List.<Object>copyOf(vacancyIds))
                .query((rs, n) -> adopted.put(rs.getObject(1, UUID.class), Map.entry(rs.getObject(2, UUID.class), rs.getString(3))))
                .list();
        return adopted;
    }

    void insertProposal(UUID id, UUID vacancyId, UUID candidateId, UUID runId, int place, String actor) {
        jdbc.sql("""
                insert into proposal (id, vacancy_id, candidate_id, matching_run_id, ranked_place, proposed_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, vacancyId, candidateId, runId, place, actor).update();
    }

    /** The candidate of the vacancy's adopted proposal that was not let go, if there is one. */
    public Optional<UUID> proposedCandidate(UUID vacancyId) {
        return jdbc.sql("select candidate_id from proposal where vacancy_id = ? and released_at is null")
                .param(vacancyId).query(UUID.class).optional();
    }

    /** Lets the vacancy's adopted proposal go, with the reason a person typed (the candidate's status is the caller's). */
    public void releaseProposal(UUID vacancyId, String reason) {
        releaseProposal(vacancyId, reason, null);
    }

    /**
     * Lets the vacancy's adopted proposal go: why, as a message key of the system with the typed reason (if any) as its
     * argument, so that it reads in each reader's language; the typed reason as typed.
     */
    /**
     * Lets the vacancy's adopted proposal go for a reason the system words itself (an offer accepted, declined or
     * withdrawn): its key, with the arguments as text (a label as its key).
     */
    public void releaseProposal(UUID vacancyId, KeyedText reason) {
        jdbc.sql("""
                update proposal set released_at = now(), release_reason_key = ?, release_reason_args = ?::text[]
                where vacancy_id = ? and released_at is null""")
                .params(reason.key(), argsAsText(reason), vacancyId).update();
    }

    /** The arguments of a stored reason as text: a label as its key, anything else as its text. */
    public static String[] argsAsText(KeyedText reason) {
        return reason.args().isEmpty() ? null : reason.args().stream()
                .map(a -> a instanceof nl.thuisbasis.platform.Problem.Label l ? l.key() : String.valueOf(a)).toArray(String[]::new);
    }

    public void releaseProposal(UUID vacancyId, String typedReason, String reasonKey) {
        jdbc.sql("""
                update proposal set released_at = now(), release_reason = ?, release_reason_key = ?,
                    release_reason_args = ?::text[]
                where vacancy_id = ? and released_at is null""")
                .params(typedReason, reasonKey, reasonKey == null || typedReason == null ? null : new String[] {typedReason},
                        vacancyId)
                .update();
    }
}
