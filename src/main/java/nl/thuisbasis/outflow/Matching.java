package nl.thuisbasis.outflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.outflow.domain.matching.Access;
import nl.thuisbasis.outflow.domain.matching.Candidate;
import nl.thuisbasis.outflow.domain.matching.MatchingEngine;
import nl.thuisbasis.outflow.domain.matching.MatchingProblem;
import nl.thuisbasis.outflow.domain.matching.MatchingResult;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.outflow.domain.matching.Vacancy;
import nl.thuisbasis.siting.ScanService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A matching round: the open candidates (urgency granted, ready, eligible) and the open vacancies of a region, the
 * corporations' caps and the neighbourhoods the capacity scan marks red for each kind of placement go into the engine;
 * the run is kept (ids only) so a proposal can always be traced to the round it came from. People decide: a
 * corporation adopts a proposal for its own vacancy (or another candidate from the ranked list, with a reason), which
 * lets it see that candidate's minimal fields and make the offer. Everyone sees the round as far as they may.
 */
@Service
public class Matching {

    static final String PURPOSE = Candidates.PURPOSE;

    private final JdbcClient jdbc;
    private final Candidates candidates;
    private final Vacancies vacancies;
    private final OutflowSettings settings;
    private final ScanService scans;
    private final ProcessingLog log;
    private final JsonMapper json;

    Matching(JdbcClient jdbc, Candidates candidates, Vacancies vacancies, OutflowSettings settings, ScanService scans,
            ProcessingLog log, JsonMapper json) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.settings = settings;
        this.scans = scans;
        this.log = log;
        this.json = json;
    }

    /** A round as one viewer may see it: the vacancies and candidates of theirs, and the aggregates for everyone. */
    public record RunView(UUID id, String regionCode, Instant runAt, String runBy, int candidates, int vacancies, int housed,
            Map<Rule, Integer> leftOutByRule, int leftOutWithoutOpenVacancy, List<VacancyProposal> vacancyProposals,
            List<CandidateOutcome> candidateOutcomes, List<String> notes) {
    }

    /**
     * One vacancy of the viewer's: whom the engine proposes (with the minimal fields, for its corporation), the ranked
     * list (other candidates without identity), and whether a proposal was adopted already.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record VacancyProposal(Vacancies.VacancyView vacancy, UUID proposedCandidateId, Integer proposedPlace,
            CandidateView proposed, List<RankedView> ranked, UUID adoptedCandidateId, String adoptedReference) {
    }

    /** One place on a vacancy's list; {@code candidateId} only for the candidate the viewer may see (the proposal). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record RankedView(int place, UUID candidateId, String label, boolean proposedHere, List<String> reasons) {
    }

    /** An adopted proposal: the proposal and the candidate now linked to the corporation. */
    public record Adopted(UUID proposalId, UUID candidateId, int place) {
    }

    /** One candidate of the viewer's: proposed for which vacancy, or why not. */
    public record CandidateOutcome(UUID candidateId, String reference, UUID proposedVacancyId, String proposedVacancy,
            String leftOutSummary, Map<Rule, Integer> blockedByRule, Integer openVacancies) {
    }

    /** The engine's input for a region, as it is now; also what notes the round carries (unknown caps, missing limits). */
    record Input(MatchingProblem problem, Map<String, Candidates.Facts> candidates, Map<String, Vacancies.VacancyView> vacancies,
            List<String> notes) {
    }

    Input input(String regionCode) {
        List<String> notes = new ArrayList<>();
        Map<String, Candidates.Facts> facts = new LinkedHashMap<>();
        candidates.pool(regionCode).forEach(f -> facts.put(f.id().toString(), f));
        int year = candidates.today().getYear();
        Optional<OutflowSettings.Limits> limits = settings.limits(year);
        if (limits.isEmpty()) {
            notes.add("Er zijn geen huurgrenzen (passend toewijzen) voor " + year + " of eerder: geen kandidaat kan worden gekoppeld.");
        } else if (limits.get().provisional()) {
            notes.add("De huurgrenzen voor passend toewijzen zijn voorlopig (" + limits.get().source()
                    + "); controleer ze bij de instellingen.");
        }
        Map<String, Vacancies.VacancyView> open = new LinkedHashMap<>();
        vacancies.open(regionCode).forEach(v -> open.put(v.id().toString(), v));
        OutflowSettings.Norms norms = settings.norms(regionCode);
        Map<String, Integer> remaining = new HashMap<>();
        for (String corporation : open.values().stream().map(Vacancies.VacancyView::corporationCode).distinct().sorted().toList()) {
            OutflowCap.State cap = vacancies.cap(corporation, year, norms.capPercent());
            if (cap.unknown()) {
                remaining.put(corporation, open.size());
                notes.add(open.values().stream().filter(v -> v.corporationCode().equals(corporation)).findFirst().orElseThrow()
                        .corporationName() + " meldde nog geen totaal aan vrijgekomen woningen over " + year
                        + ": het plafond is niet te toetsen.");
            } else {
                remaining.put(corporation, cap.remaining());
                if (cap.remaining() == 0) {
                    notes.add(open.values().stream().filter(v -> v.corporationCode().equals(corporation)).findFirst().orElseThrow()
                            .corporationName() + " heeft het plafond van " + norms.capPercent() + "% bereikt (" + cap.used()
                            + " van " + cap.reportedTotal() + ").");
                }
            }
        }
        Map<String, Set<String>> red = new HashMap<>();
        for (TargetHousing kind : TargetHousing.values()) {
            try {
                red.put(kind.name(), scans.redAreas(regionCode, facilityType(kind), 1));
            } catch (ScanService.ScanRefused e) {
                notes.add("De draagkrachtscan gaf geen kaart voor " + kind + ": " + e.getMessage());
            }
        }
        // a dwelling the candidate declined is not proposed to them again
        Map<String, Set<String>> declined = new HashMap<>();
        if (!facts.isEmpty()) {
            jdbc.sql("select candidate_id::text, vacancy_id::text from offer where status = 'DECLINED' and candidate_id in ("
                    + Candidates.placeholders(facts.keySet().stream().map(UUID::fromString).toList()) + ")")
                    .params(facts.keySet().stream().map(UUID::fromString).map(Object.class::cast).toList())
                    .query((rs, n) -> declined.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)))
                    .list();
        }
        List<Candidate> cs = facts.values().stream().map(f -> new Candidate(f.id().toString(), f.urgencyGrantedOn(),
                f.bedroomsNeeded(), needs(f), f.maxRentCents(), f.municipalities(), f.excluded(), f.originMunicipality(),
                f.targetHousing().name(), declined.getOrDefault(f.id().toString(), Set.of()))).toList();
        List<Vacancy> vs = open.values().stream().map(v -> new Vacancy(v.id().toString(), v.corporationCode(),
                v.municipalityCode(), v.neighbourhoodCode(), v.bedrooms(), v.rentCents(), access(v))).toList();
        return new Input(new MatchingProblem(cs, vs, remaining, red), facts, open, notes);
    }

    /** The capacity-scan heatmap that stands for a kind of placement (one dwelling). */
    static FacilityType facilityType(TargetHousing kind) {
        return switch (kind) {
            case HOUSING_FIRST -> FacilityType.HOUSING_FIRST;
            case TENANCY_WITH_CARE -> FacilityType.PROTECTED_HOUSING_AT_HOME;
            case OTHER -> FacilityType.OTHER;
        };
    }

    private static Set<Access> needs(Candidates.Facts f) {
        Set<Access> needs = new HashSet<>();
        if (f.groundFloor()) {
            needs.add(Access.GROUND_FLOOR);
        }
        if (f.lift()) {
            needs.add(Access.LIFT);
        }
        if (f.wheelchair()) {
            needs.add(Access.WHEELCHAIR);
        }
        return needs;
    }

    /** A ground-floor dwelling needs no lift; a lift serves someone who cannot take the stairs. */
    static Set<Access> access(Vacancies.VacancyView v) {
        Set<Access> access = new HashSet<>();
        if (v.groundFloor()) {
            access.add(Access.GROUND_FLOOR);
            access.add(Access.LIFT);
        }
        if (v.lift()) {
            access.add(Access.LIFT);
        }
        if (v.wheelchair()) {
            access.add(Access.WHEELCHAIR);
        }
        return access;
    }

    /** Runs the engine for the region and keeps the round. */
    @Transactional
    public RunView run(CurrentUser user, String regionCode) {
        mayRun(user, regionCode);
        Input input = input(regionCode);
        MatchingResult result = MatchingEngine.solve(input.problem());
        UUID id = UUID.randomUUID();
        Stored stored = new Stored(result, input.notes());
        jdbc.sql("""
                insert into matching_run (id, region_code, run_by, candidates, vacancies, housed, waiting_weight, fit, result)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, regionCode, user.getUsername(), input.problem().candidates().size(),
                        input.problem().vacancies().size(), result.objective().housed(), result.objective().waitingWeight(),
                        result.objective().fit(), json.writeValueAsString(stored))
                .update();
        log.record(Processing.of("outflow.matching.run", "matching-run", id.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME)
                .withDetails(input.problem().candidates().size() + " kandidaten, " + input.problem().vacancies().size()
                        + " woningen, " + result.objective().housed() + " voorgesteld"));
        return view(user, latestRow(regionCode).orElseThrow());
    }

    /** What a run keeps: the engine's result (ids only) and the notes. */
    record Stored(MatchingResult result, List<String> notes) {
    }

    record RunRow(UUID id, String regionCode, Instant runAt, String runBy, int candidates, int vacancies, int housed, Stored stored) {
    }

    Optional<RunRow> latestRow(String regionCode) {
        return jdbc.sql("select * from matching_run where region_code = ? order by run_at desc limit 1").param(regionCode)
                .query((rs, n) -> new RunRow(rs.getObject("id", UUID.class), rs.getString("region_code"),
                        rs.getTimestamp("run_at").toInstant(), rs.getString("run_by"), rs.getInt("candidates"),
                        rs.getInt("vacancies"), rs.getInt("housed"), json.readValue(rs.getString("result"), Stored.class)))
                .optional();
    }

    /** The latest round of the region as this user may see it. */
    @Transactional
    public Optional<RunView> latest(CurrentUser user, String regionCode) {
        staff(user);
        return latestRow(regionCode).map(r -> view(user, r));
    }

    private RunView view(CurrentUser user, RunRow run) {
        MatchingResult result = run.stored().result();
        Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
        int withoutOpen = 0;
        for (MatchingResult.LeftOut out : result.leftOut().values()) {
            out.blockedByRule().forEach((rule, count) -> byRule.merge(rule, 1, Integer::sum));
            if (out.openVacancies() == 0) {
                withoutOpen++;
            }
        }
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        List<VacancyProposal> proposals = new ArrayList<>();
        List<UUID> shownMinimal = new ArrayList<>();
        List<Map.Entry<UUID, String>> listed = new ArrayList<>();
        if (user.role() == Role.CORPORATION) {
            // the corporation's own dwellings of the round, their proposals and adoptions: one query each
            String corporation = user.organisation().code();
            Map<UUID, Vacancies.VacancyView> own = new HashMap<>(vacancies.findAll(result.rankedPerVacancy().keySet().stream()
                    .map(UUID::fromString).toList()));
            own.values().removeIf(v -> !v.corporationCode().equals(corporation));
            Map<UUID, CandidateView> minimal = candidates.minimalViews(own.keySet().stream()
                    .map(v -> result.assignment().get(v.toString())).filter(java.util.Objects::nonNull).map(UUID::fromString)
                    .toList(), corporation);
            Map<UUID, Map.Entry<UUID, String>> adoptions = adoptedFor(List.copyOf(own.keySet()));
            for (Map.Entry<String, List<MatchingResult.Ranked>> e : result.rankedPerVacancy().entrySet()) {
                Vacancies.VacancyView vacancy = own.get(UUID.fromString(e.getKey()));
                if (vacancy == null) {
                    continue;
                }
                String proposedId = result.assignment().get(e.getKey());
                CandidateView proposed = proposedId == null ? null : minimal.get(UUID.fromString(proposedId));
                if (proposed != null) {
                    shownMinimal.add(proposed.id());
                }
                List<RankedView> ranked = new ArrayList<>();
                for (MatchingResult.Ranked r : e.getValue()) {
                    // the corporation sees the proposed candidate's minimal fields; the others on its list only by
                    // their place; for all of them how long they waited and whether they are proposed elsewhere, not
                    // their order of municipalities or origin (not among the minimal fields); it chooses by place
                    boolean shown = r.proposed() && proposed != null;
                    ranked.add(new RankedView(r.place(), shown ? proposed.id() : null,
                            shown ? proposed.reference() : "Kandidaat " + r.place(), r.proposed(), r.anonymousReasons()));
                    if (!shown) {
                        listed.add(Map.entry(UUID.fromString(r.candidateId()), "plaats " + r.place() + " op de lijst van woning "
                                + vacancy.id() + " in matchingronde " + run.id() + " (zonder naam of referentie)"));
                    }
                }
                Optional<Map.Entry<UUID, String>> adopted = Optional.ofNullable(adoptions.get(vacancy.id()));
                adopted.filter(a -> !shownMinimal.contains(a.getKey())).ifPresent(a -> listed.add(Map.entry(a.getKey(),
                        "overgenomen voorstel voor woning " + vacancy.id() + " (MINIMAL)")));
                // the proposal's id only while the corporation may see that candidate (the link can have ended since)
                Integer proposedPlace = ranked.stream().filter(RankedView::proposedHere).map(RankedView::place).findFirst()
                        .orElse(null);
                proposals.add(new VacancyProposal(vacancy, proposed == null ? null : proposed.id(), proposedPlace,
                        proposed, ranked, adopted.map(Map.Entry::getKey).orElse(null), adopted.map(Map.Entry::getValue).orElse(null)));
            }
        }
        List<CandidateOutcome> outcomes = new ArrayList<>();
        if (user.role() == Role.PROVIDER || user.role() == Role.MUNICIPALITY) {
            Map<String, String> vacancyOf = new HashMap<>();
            result.assignment().forEach((v, c) -> vacancyOf.put(c, v));
            Set<String> ids = new HashSet<>(vacancyOf.keySet());
            ids.addAll(result.leftOut().keySet());
            // the round's candidates and proposed dwellings, one query each, then only the viewer's own candidates
            Map<UUID, Candidates.Row> rows = candidates.findAll(ids.stream().map(UUID::fromString).toList());
            Map<UUID, Vacancies.VacancyView> proposedTo = vacancies.findAll(vacancyOf.values().stream().map(UUID::fromString)
                    .toList());
            for (String id : ids) {
                Candidates.Row row = rows.get(UUID.fromString(id));
                if (row == null || CandidateAccess.level(viewer, row.subject(Set.of())) != CandidateAccess.Level.FULL) {
                    continue;
                }
                String v = vacancyOf.get(id);
                String vacancyText = v == null ? null : Optional.ofNullable(proposedTo.get(UUID.fromString(v)))
                        .map(x -> x.address() + ", " + x.municipalityName() + " (" + x.corporationName() + ")").orElse(v);
                MatchingResult.LeftOut out = result.leftOut().get(id);
                outcomes.add(new CandidateOutcome(UUID.fromString(id), row.reference(),
                        v == null ? null : UUID.fromString(v), vacancyText, out == null ? null : out.summary(),
                        out == null ? Map.of() : out.blockedByRule(), out == null ? null : out.openVacancies()));
            }
            outcomes.sort(java.util.Comparator.comparing(CandidateOutcome::reference));
        }
        List<Processing> reads = new ArrayList<>();
        shownMinimal.forEach(id -> reads.add(Processing.of("outflow.candidate.read", "candidate", id.toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("voorstel in matchingronde " + run.id() + " (MINIMAL)")));
        outcomes.forEach(o -> reads.add(Processing.of("outflow.candidate.read", "candidate", o.candidateId().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("uitkomst in matchingronde " + run.id())));
        listed.forEach(l -> reads.add(Processing.of("outflow.candidate.read", "candidate", l.getKey().toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails(l.getValue())));
        log.recordEach(reads);
        return new RunView(run.id(), run.regionCode(), run.runAt(), run.runBy(), run.candidates(), run.vacancies(), run.housed(),
                byRule, withoutOpen, proposals, outcomes, run.stored().notes());
    }

    /** The candidate adopted for a vacancy, if a proposal is open. */
    Optional<UUID> adoptedCandidate(UUID vacancyId) {
        return Optional.ofNullable(adoptedFor(List.of(vacancyId)).get(vacancyId)).map(Map.Entry::getKey);
    }

    /** Per vacancy with an open adopted proposal: the candidate and its reference. */
    private Map<UUID, Map.Entry<UUID, String>> adoptedFor(List<UUID> vacancyIds) {
        Map<UUID, Map.Entry<UUID, String>> adopted = new HashMap<>();
        if (vacancyIds.isEmpty()) {
            return adopted;
        }
        jdbc.sql("select p.vacancy_id, p.candidate_id, c.reference from proposal p join candidate c on c.id = p.candidate_id "
                + "where p.released_at is null and p.vacancy_id in (" + Candidates.placeholders(vacancyIds) + ")")
                .params(List.<Object>copyOf(vacancyIds))
                .query((rs, n) -> adopted.put(rs.getObject(1, UUID.class), Map.entry(rs.getObject(2, UUID.class), rs.getString(3))))
                .list();
        return adopted;
    }

    /**
     * The corporation adopts a proposal for its vacancy: the engine's, or another candidate of the ranked list with a
     * reason. The pair must still meet every hard rule now.
     */
    @Transactional
    public Adopted adopt(CurrentUser user, UUID runId, UUID vacancyId, Integer place, String reason) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("the corporation of the vacancy adopts a proposal");
        }
        Vacancies.VacancyView vacancy = jdbc.sql("select id from vacancy where id = ? for update").param(vacancyId)
                .query(UUID.class).optional().flatMap(vacancies::find)
                .filter(v -> v.corporationCode().equals(user.organisation().code()))
                .orElseThrow(OutflowRefused.NotFound::new);
        if (runId == null) {
            throw new OutflowRefused("De matchingronde ontbreekt in het verzoek; open de woning opnieuw en kies uit de lijst.");
        }
        RunRow run = latestRow(vacancy.regionCode()).filter(r -> r.id().equals(runId)).orElseThrow(
                () -> new OutflowRefused("Er is intussen een nieuwere matchingronde; bekijk het voorstel opnieuw."));
        List<MatchingResult.Ranked> ranked = run.stored().result().rankedPerVacancy().getOrDefault(vacancyId.toString(), List.of());
        Optional<MatchingResult.Ranked> chosen = place == null ? Optional.empty()
                : ranked.stream().filter(r -> r.place() == place).findFirst();
        List<String> problems = new ArrayList<>();
        if (vacancy.status() != Vacancies.Status.OPEN) {
            problems.add("Voor deze woning is al een voorstel overgenomen of een aanbieding gedaan.");
        }
        if (chosen.isEmpty()) {
            problems.add(place == null ? "Kies een plaats op de lijst van deze woning."
                    : "Plaats " + place + " staat niet op de lijst van deze woning in de matchingronde.");
        } else if (!chosen.get().proposed() && (reason == null || reason.isBlank())) {
            problems.add("Geef de reden waarom u een andere kandidaat kiest dan het voorstel.");
        }
        if (reason != null && reason.length() > 500) {
            problems.add("De reden is hoogstens 500 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        UUID candidateId = UUID.fromString(chosen.get().candidateId());
        Candidates.Row candidate = candidates.lock(candidateId);
        Input now = input(vacancy.regionCode());
        Candidate c = now.problem().candidates().stream().filter(x -> x.id().equals(candidateId.toString())).findFirst()
                .orElseThrow(() -> new OutflowRefused("De kandidaat is niet meer beschikbaar voor een voorstel (al voorgesteld, "
                        + "aangeboden of niet meer woonklaar)."));
        Vacancy v = now.problem().vacancies().stream().filter(x -> x.id().equals(vacancyId.toString())).findFirst().orElseThrow();
        Rule broken = now.problem().broken(c, v);
        if (broken != null) {
            throw new OutflowRefused("Het voorstel voldoet niet meer aan de harde regels: " + broken.dutch() + ".");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into proposal (id, vacancy_id, candidate_id, matching_run_id, ranked_place, proposed_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, vacancyId, candidateId, runId, chosen.get().place(), user.getUsername()).update();
        jdbc.sql("update vacancy set status = 'PROPOSED', version = version + 1 where id = ?").param(vacancyId).update();
        candidates.move(candidateId, candidate.status(), CandidateStatus.PROPOSED,
                (chosen.get().proposed() ? "Voorstel uit de matchingronde overgenomen" : "Nummer " + chosen.get().place()
                        + " van de lijst gekozen: " + reason.trim()) + " (" + vacancy.address() + ")", user.getUsername());
        log.record(Processing.of("outflow.proposal.adopt", "candidate", candidateId.toString(), PURPOSE, LegalBasis.PRIORITY_SCHEME)
                .withDetails("woning " + vacancyId + ", plaats " + chosen.get().place()));
        return new Adopted(id, candidateId, chosen.get().place());
    }

    /** The corporation lets an adopted proposal go; the candidate returns to the pool, the vacancy is open again. */
    @Transactional
    public void release(CurrentUser user, UUID vacancyId, String reason) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("the corporation of the vacancy lets a proposal go");
        }
        Vacancies.VacancyView vacancy = jdbc.sql("select id from vacancy where id = ? for update").param(vacancyId)
                .query(UUID.class).optional().flatMap(vacancies::find)
                .filter(v -> v.corporationCode().equals(user.organisation().code()))
                .orElseThrow(OutflowRefused.NotFound::new);
        if (vacancy.status() != Vacancies.Status.PROPOSED) {
            throw new OutflowRefused("Voor deze woning staat geen voorstel open.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new OutflowRefused("Geef de reden (hoogstens 500 tekens).");
        }
        UUID candidateId = jdbc.sql("select candidate_id from proposal where vacancy_id = ? and released_at is null")
                .param(vacancyId).query(UUID.class).single();
        jdbc.sql("update proposal set released_at = now(), release_reason = ? where vacancy_id = ? and released_at is null")
                .params(reason.trim(), vacancyId).update();
        jdbc.sql("update vacancy set status = 'OPEN', version = version + 1 where id = ?").param(vacancyId).update();
        candidates.move(candidateId, CandidateStatus.PROPOSED, CandidateStatus.URGENCY_GRANTED,
                "Voorstel losgelaten door de corporatie: " + reason.trim(), user.getUsername());
        log.record(Processing.of("outflow.proposal.release", "candidate", candidateId.toString(), PURPOSE,
                LegalBasis.PRIORITY_SCHEME).withDetails("woning " + vacancyId));
    }

    /**
     * Who starts a round: the region coordinator, a municipality or a corporation of the region. Not a care provider
     * (it answers offers, it does not steer the proposals) and not the administrator: a new round makes the proposals
     * that a corporation has not adopted yet stale, so it is a step of those who work with them.
     */
    public boolean mayRun(CurrentUser user) {
        return user != null && (user.role() == Role.REGION_COORDINATOR || user.role() == Role.MUNICIPALITY
                || user.role() == Role.CORPORATION);
    }

    private void mayRun(CurrentUser user, String regionCode) {
        staff(user);
        String code = settings.region(regionCode).code();
        if (!mayRun(user)) {
            throw new AccessDeniedException("the region coordinator, a municipality or a corporation starts a matching round");
        }
        if (!code.equals(settings.regionFor(user).code())) {
            throw new AccessDeniedException("a matching round is started for one's own region");
        }
    }

    private static void staff(CurrentUser user) {
        if (user == null || user.role() == null) {
            throw new AccessDeniedException("login required");
        }
    }
}
