package nl.thuisbasis.outflow.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.common.KeyedText;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.Sql;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.platform.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Candidates in SQL: the candidate row, its acceptable municipalities, excluded neighbourhoods, exceptions to the
 * eligibility rules and its status history, and the lists a role may see.
 */
@Repository
public class CandidateRepository {

    private final JdbcClient jdbc;

    CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A candidate as stored. */
    public record Row(UUID id, String regionCode, String reference, String providerCode, String decidingMunicipality, int adults,
            int children, AgeBand ageBand, IncomeBand incomeBand, boolean needsGroundFloor, boolean needsLift,
            boolean needsWheelchair, int bedroomsNeeded, String originMunicipality, String supportProvider,
            SupportIntensity supportIntensity, TargetHousing targetHousing, String category, Integer regionalTiesYears,
            boolean hadOwnDwelling, LocalDate consentOn, CandidateStatus status, LocalDate urgencyGrantedOn,
            String urgencyDecision, String urgencyGrantedBy, LocalDate readyOn, String readyConfirmedBy, String registeredBy,
            Instant registeredAt, int version) {

        public CandidateAccess.Subject subject(Set<String> linkedCorporations) {
            return new CandidateAccess.Subject(providerCode, decidingMunicipality, linkedCorporations);
        }

        public Eligibility.Facts facts() {
            return new Eligibility.Facts(regionalTiesYears, hadOwnDwelling);
        }

        LocalDate registeredOn() {
            return registeredAt.atZone(OutflowClock.ZONE).toLocalDate();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("reference"),
                rs.getString("provider_code"), rs.getString("deciding_municipality"), rs.getInt("adults"), rs.getInt("children"),
                AgeBand.valueOf(rs.getString("age_band")), IncomeBand.valueOf(rs.getString("income_band")),
                rs.getBoolean("needs_ground_floor"), rs.getBoolean("needs_lift"), rs.getBoolean("needs_wheelchair"),
                rs.getInt("bedrooms_needed"), rs.getString("origin_municipality"), rs.getString("support_provider"),
                SupportIntensity.valueOf(rs.getString("support_intensity")), TargetHousing.valueOf(rs.getString("target_housing")),
                rs.getString("category"), rs.getObject("regional_ties_years") == null ? null : rs.getInt("regional_ties_years"),
                rs.getBoolean("had_own_dwelling"), rs.getObject("consent_on", LocalDate.class),
                CandidateStatus.valueOf(rs.getString("status")), rs.getObject("urgency_granted_on", LocalDate.class),
                rs.getString("urgency_decision"), rs.getString("urgency_granted_by"), rs.getObject("ready_on", LocalDate.class),
                rs.getString("ready_confirmed_by"), rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant(), rs.getInt("version"));
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from candidate where id = ?").param(id).query(CandidateRepository::row).optional();
    }

    /** The rows of these candidates, in one query (those that do not exist are not in the map). */
    public Map<UUID, Row> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from candidate where id in (" + Sql.placeholders(ids) + ")").params(List.<Object>copyOf(ids))
                .query(CandidateRepository::row).list().stream().collect(Collectors.toMap(Row::id, r -> r));
    }

    /** The row, locked for the rest of the transaction; 404 when there is none. */
    public Row lock(UUID id) {
        return jdbc.sql("select * from candidate where id = ? for update").param(id).query(CandidateRepository::row).optional()
                .orElseThrow(Refused::notFound);
    }

    // ---- lists

    /** Which candidates a list shows: the viewer's own (by role), optionally one status or one acceptable municipality. */
    record Scope(Role role, String organisationCode, String municipalityCode, CandidateStatus status, String acceptableMunicipality) {
    }

    /**
     * The order of a list: first who waits for the municipality's urgency decision (registered, longest waiting first),
     * then who is in the scheme (proposed, offered or in the pool, longest urgency first), then the withdrawn, and the
     * housed last.
     */
    static final String ORDER = """
             order by case c.status when 'REGISTERED' then 0 when 'WITHDRAWN' then 2 when 'HOUSED' then 3 else 1 end,
                 c.urgency_granted_on nulls first, c.registered_at, c.id""";

    /** The candidates of a list in {@link #ORDER}: one page, and how many there are in all. */
    List<Row> list(Scope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select c.* from candidate c" + where + ORDER
                + " limit ? offset ?").params(params).query(CandidateRepository::row).list();
    }

    int count(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params);
        return jdbc.sql("select count(*) from candidate c" + where).params(params).query(Integer.class).single();
    }

    private static String where(Scope scope, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        switch (scope.role()) {
            case PROVIDER -> {
                where.append(" and c.provider_code = ?");
                params.add(scope.organisationCode());
            }
            case MUNICIPALITY -> {
                where.append(" and c.deciding_municipality = ?");
                params.add(String.valueOf(scope.municipalityCode()));
            }
            case CORPORATION -> {
                where.append(" and c.id in (").append(CandidateLinks.LINKED_TO_CORPORATION).append(")");
                for (int i = 0; i < 4; i++) {
                    params.add(scope.organisationCode());
                }
            }
            default -> throw new IllegalArgumentException("no candidate list for " + scope.role());
        }
        if (scope.status() != null) {
            where.append(" and c.status = ?");
            params.add(scope.status().name());
        }
        if (scope.acceptableMunicipality() != null) {
            where.append(" and exists (select 1 from candidate_municipality cm where cm.candidate_id = c.id and cm.municipality_code = ?)");
            params.add(scope.acceptableMunicipality());
        }
        return where.toString();
    }

    /** The candidates of a region that may be in a matching round's pool: urgency granted and ready. */
    List<Row> urgentAndReady(String regionCode) {
        return jdbc.sql("select c.* from candidate c where c.region_code = ? and c.status = 'URGENCY_GRANTED' and c.ready_on is not null")
                .param(regionCode).query(CandidateRepository::row).list();
    }

    // ---- registering and correcting

    boolean referenceTaken(String providerCode, String reference, UUID self) {
        return jdbc.sql("select count(*) from candidate where provider_code = ? and reference = ? and id <> ?")
                .params(providerCode, reference, self == null ? new UUID(0, 0) : self).query(Long.class).single() > 0;
    }

    void insert(UUID id, String regionCode, String providerCode, Candidates.Draft draft, String actor) {
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children,
                    age_band, income_band, needs_ground_floor, needs_lift, needs_wheelchair, bedrooms_needed,
                    origin_municipality, support_provider, support_intensity, target_housing, category, regional_ties_years,
                    had_own_dwelling, consent_on, status, registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?)""")
                .params(id, regionCode, draft.reference().trim(), providerCode, draft.decidingMunicipality(),
                        draft.adults(), draft.children(), draft.ageBand().name(), draft.incomeBand().name(),
                        draft.needsGroundFloor(), draft.needsLift(), draft.needsWheelchair(), draft.bedroomsNeeded(),
                        draft.originMunicipality(), draft.supportProvider(), draft.supportIntensity().name(),
                        draft.targetHousing().name(), draft.category(), draft.regionalTiesYears(), draft.hadOwnDwelling(),
                        draft.consentOn(), actor)
                .update();
        writeChildren(id, draft);
    }

    void update(UUID id, String regionCode, Candidates.Draft draft) {
        jdbc.sql("""
                update candidate set region_code = ?, reference = ?, deciding_municipality = ?, adults = ?, children = ?,
                    age_band = ?, income_band = ?, needs_ground_floor = ?, needs_lift = ?, needs_wheelchair = ?,
                    bedrooms_needed = ?, origin_municipality = ?, support_provider = ?, support_intensity = ?,
                    target_housing = ?, category = ?, regional_ties_years = ?, had_own_dwelling = ?, consent_on = ?,
                    version = version + 1
                where id = ?""")
                .params(regionCode, draft.reference().trim(), draft.decidingMunicipality(), draft.adults(), draft.children(),
                        draft.ageBand().name(), draft.incomeBand().name(), draft.needsGroundFloor(), draft.needsLift(),
                        draft.needsWheelchair(), draft.bedroomsNeeded(), draft.originMunicipality(), draft.supportProvider(),
                        draft.supportIntensity().name(), draft.targetHousing().name(), draft.category(),
                        draft.regionalTiesYears(), draft.hadOwnDwelling(), draft.consentOn(), id)
                .update();
        jdbc.sql("delete from candidate_municipality where candidate_id = ?").param(id).update();
        jdbc.sql("delete from candidate_exclusion where candidate_id = ?").param(id).update();
        writeChildren(id, draft);
    }

    private void writeChildren(UUID id, Candidates.Draft draft) {
        for (int i = 0; i < draft.municipalities().size(); i++) {
            jdbc.sql("insert into candidate_municipality (candidate_id, rank, municipality_code) values (?, ?, ?)")
                    .params(id, i + 1, draft.municipalities().get(i)).update();
        }
        for (CandidateView.Exclusion e : draft.exclusions()) {
            jdbc.sql("insert into candidate_exclusion (candidate_id, neighbourhood_code, reason) values (?, ?, ?)")
                    .params(id, e.neighbourhoodCode(), e.reason().name()).update();
        }
    }

    // ---- the steps

    void grantUrgency(UUID id, LocalDate on, String decision, String actor) {
        jdbc.sql("""
                update candidate set status = 'URGENCY_GRANTED', urgency_granted_on = ?, urgency_decision = ?,
                    urgency_granted_by = ?, version = version + 1 where id = ?""")
                .params(on, decision, actor, id).update();
    }

    boolean hasException(UUID id, UUID ruleId) {
        return jdbc.sql("select count(*) from eligibility_exception where candidate_id = ? and rule_id = ?")
                .params(id, ruleId).query(Long.class).single() > 0;
    }

    void addException(UUID id, UUID ruleId, String reason, LocalDate decidedOn, String actor) {
        jdbc.sql("insert into eligibility_exception (id, candidate_id, rule_id, reason, decided_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, ruleId, reason, decidedOn, actor).update();
        jdbc.sql("update candidate set version = version + 1 where id = ?").param(id).update();
    }

    void confirmReadiness(UUID id, LocalDate on, String by) {
        jdbc.sql("update candidate set ready_on = ?, ready_confirmed_by = ?, version = version + 1 where id = ?")
                .params(on, by, id).update();
    }

    /** A withdrawn candidate's open proposal and offer are let go, and their dwellings are open again. */
    void letGoOfProposalsAndOffers(UUID id, LocalDate today, String actor) {
        jdbc.sql("""
                update vacancy set status = 'OPEN', version = version + 1 where id in (
                    select vacancy_id from proposal where candidate_id = ? and released_at is null
                    union select vacancy_id from offer where candidate_id = ? and status = 'OPEN')""").params(id, id).update();
        jdbc.sql("update proposal set released_at = now(), release_reason_key = ? where candidate_id = ? and released_at is null")
                .params("out.history.release.candidateWithdrawn", id).update();
        jdbc.sql("update offer set status = 'WITHDRAWN', answered_on = ?, answered_by = ?, version = version + 1 where candidate_id = ? and status = 'OPEN'")
                .params(today, actor, id).update();
    }

    /** Moves the status on when it is still {@code from}; returns whether it was. */
    boolean move(UUID id, CandidateStatus from, CandidateStatus to) {
        return jdbc.sql("update candidate set status = ?, version = version + 1 where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() > 0;
    }

    /**
     * A line of the history: {@code reason} as a person typed it, or {@code keyed} when the system words it (a message
     * key with its arguments, shown in the reader's language).
     */
    void addHistory(UUID id, CandidateStatus from, CandidateStatus to, String reason, KeyedText keyed, String actor) {
        jdbc.sql("""
                insert into candidate_status_change (id, candidate_id, from_status, to_status, reason, reason_key, reason_args,
                    changed_by) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), reason,
                        keyed == null ? null : keyed.key(), keyed == null ? null : keyed.argsJson(), actor).update();
    }

    // ---- what a view of a candidate shows

    Map<UUID, Set<String>> exceptedRules(List<UUID> ids) {
        return perCandidate("select candidate_id, rule_id::text from eligibility_exception where candidate_id in (%s)", ids, HashSet::new);
    }

    Map<UUID, List<String>> municipalities(List<UUID> ids) {
        return perCandidate("select candidate_id, municipality_code from candidate_municipality where candidate_id in (%s) "
                + "order by candidate_id, rank", ids, ArrayList::new);
    }

    Map<UUID, Set<String>> exclusionCodes(List<UUID> ids) {
        return perCandidate("select candidate_id, neighbourhood_code from candidate_exclusion where candidate_id in (%s)", ids,
                HashSet::new);
    }

    /** A child table read for many candidates at once: candidate id -> the second column's values, in query order. */
    private <C extends Collection<String>> Map<UUID, C> perCandidate(String sql, List<UUID> ids, Supplier<C> collection) {
        Map<UUID, C> result = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql.formatted(Sql.placeholders(ids))).params(List.copyOf(ids))
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> collection.get()).add(e.getValue()));
        }
        return result;
    }

    List<CandidateView.Exclusion> exclusions(UUID id, UnaryOperator<String> areaName) {
        return jdbc.sql("select neighbourhood_code, reason from candidate_exclusion where candidate_id = ? order by neighbourhood_code")
                .param(id).query((rs, n) -> new CandidateView.Exclusion(rs.getString(1), areaName.apply(rs.getString(1)),
                        ExclusionReason.valueOf(rs.getString(2)))).list();
    }

    /** The candidate's exceptions by rule id. */
    Map<String, CandidateView.RuleException> exceptions(UUID id) {
        Map<String, CandidateView.RuleException> exceptions = new LinkedHashMap<>();
        jdbc.sql("select rule_id, reason, decided_on, recorded_by from eligibility_exception where candidate_id = ?").param(id)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class).toString(), new CandidateView.RuleException(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))).list()
                .forEach(e -> exceptions.put(e.getKey(), e.getValue()));
        return exceptions;
    }

    /** A stored line of the history: the typed reason (or an older line's sentence), or the system's keyed one. */
    record HistoryLine(CandidateStatus from, CandidateStatus to, String reason, KeyedText keyed, String changedBy,
            Instant changedAt) {
    }

    List<HistoryLine> history(UUID id) {
        return jdbc.sql("select * from candidate_status_change where candidate_id = ? order by changed_at desc, id")
                .param(id).query((rs, n) -> new HistoryLine(
                        rs.getString("from_status") == null ? null : CandidateStatus.valueOf(rs.getString("from_status")),
                        CandidateStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
                        rs.getString("reason_key") == null ? null
                                : new KeyedText(rs.getString("reason_key"), KeyedText.args(rs.getString("reason_args"))),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant())).list();
    }
}
