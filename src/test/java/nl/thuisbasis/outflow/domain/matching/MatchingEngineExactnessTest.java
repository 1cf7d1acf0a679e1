package nl.thuisbasis.outflow.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.thuisbasis.outflow.domain.matching.MatchingResult.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The matching engine is exact")
public class MatchingEngineExactnessTest {

    /** The best by the spec itself, by trying every assignment: most housed, then longest waiting (Gale), then fit. */
    static Best bruteForce(MatchingProblem p) {
        Best[] best = {null};
        search(p, 0, new String[p.candidates().size()], new HashMap<>(), best);
        return best[0];
    }

    record Best(int housed, List<LocalDate> dates, long fit) {
        boolean betterThan(Best o) {
            if (o == null) {
                return true;
            }
            if (housed != o.housed) {
                return housed > o.housed;
            }
            for (int i = 0; i < dates.size(); i++) {
                int c = dates.get(i).compareTo(o.dates.get(i));
                if (c != 0) {
                    return c < 0;
                }
            }
            return fit < o.fit;
        }
    }

    private static void search(MatchingProblem p, int i, String[] chosen, Map<String, Integer> used, Best[] best) {
        if (i == p.candidates().size()) {
            Best b = evaluate(p, chosen);
            if (b.betterThan(best[0])) {
                best[0] = b;
            }
            return;
        }
        chosen[i] = null;
        search(p, i + 1, chosen, used, best);
        Candidate c = p.candidates().get(i);
        for (Vacancy v : p.vacancies()) {
            if (java.util.Arrays.asList(chosen).subList(0, i).contains(v.id()) || p.broken(c, v) != null
                    || used.getOrDefault(v.corporation(), 0) >= p.remainingCap().getOrDefault(v.corporation(), 0)) {
                continue;
            }
            chosen[i] = v.id();
            used.merge(v.corporation(), 1, Integer::sum);
            search(p, i + 1, chosen, used, best);
            used.merge(v.corporation(), -1, Integer::sum);
            chosen[i] = null;
        }
    }

    private static Best evaluate(MatchingProblem p, String[] chosen) {
        List<LocalDate> dates = new ArrayList<>();
        long fit = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) {
                Candidate c = p.candidates().get(i);
                String id = chosen[i];
                Vacancy v = p.vacancies().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                dates.add(c.urgencySince());
                fit += MatchingProblem.fit(c, v);
            }
        }
        dates.sort(null);
        return new Best(dates.size(), dates, fit);
    }

    static Best ofEngine(MatchingProblem p, MatchingResult r) {
        Map<String, Candidate> byId = new HashMap<>();
        p.candidates().forEach(c -> byId.put(c.id(), c));
        Map<String, Vacancy> vById = new HashMap<>();
        p.vacancies().forEach(v -> vById.put(v.id(), v));
        List<LocalDate> dates = new ArrayList<>();
        long fit = 0;
        Map<String, Integer> used = new HashMap<>();
        for (Map.Entry<String, String> e : r.assignment().entrySet()) {
            Candidate c = byId.get(e.getValue());
            Vacancy v = vById.get(e.getKey());
            assertThat(p.broken(c, v)).as("engine proposes only pairs that meet every hard rule").isNull();
            used.merge(v.corporation(), 1, Integer::sum);
            dates.add(c.urgencySince());
            fit += MatchingProblem.fit(c, v);
        }
        used.forEach((corp, n) -> assertThat(n).as("cap of %s", corp).isLessThanOrEqualTo(p.remainingCap().getOrDefault(corp, 0)));
        assertThat(new java.util.HashSet<>(r.assignment().values())).as("one vacancy per candidate").hasSize(r.assignment().size());
        dates.sort(null);
        return new Best(dates.size(), dates, fit);
    }

    @Test
    void equals_brute_force_on_many_small_random_instances() {
        Random random = new Random(20261123);
        for (int round = 0; round < 400; round++) {
            MatchingProblem p = RandomInstances.generate(random, 1 + random.nextInt(6), random.nextInt(6), 3, 2, 2, 3);
            Best expected = bruteForce(p);
            MatchingResult result = MatchingEngine.solve(p);
            Best actual = ofEngine(p, result);
            assertThat(actual).as("instance %d: %s", round, p).isEqualTo(expected);
            assertThat(result.objective().housed()).isEqualTo(expected.housed());
            assertThat(result.objective().fit()).isEqualTo(expected.fit());
            assertThat(result.leftOut()).hasSize(p.candidates().size() - expected.housed());
        }
    }

    @Test
    void equals_an_independent_min_cost_flow_solver_on_larger_instances() {
        Loader.loadNativeLibraries();
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            MatchingProblem p = RandomInstances.generate(random, 50 + random.nextInt(250), 20 + random.nextInt(120), 6, 4, 5, 3);
            MatchingResult result = MatchingEngine.solve(p);
            MatchingResult.Objective reference = orTools(p);
            assertThat(result.objective()).as("round %d", round).isEqualTo(reference);
            ofEngine(p, result);
        }
    }

    @Test
    void explanations_equal_checking_every_candidate_against_every_vacancy() {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            MatchingProblem p = RandomInstances.generate(random, 20 + random.nextInt(200), 5 + random.nextInt(80), 5, 3, 4, 3);
            MatchingResult r = MatchingEngine.solve(p);
            for (Vacancy v : p.vacancies()) {
                List<String> all = p.candidates().stream().filter(c -> p.broken(c, v) == null)
                        .sorted(java.util.Comparator.comparing(Candidate::urgencySince)
                                .thenComparingInt(c -> MatchingProblem.fit(c, v)).thenComparing(Candidate::id))
                        .map(Candidate::id).toList();
                List<String> expected = new java.util.ArrayList<>(all.stream().limit(MatchingEngine.RANKED_PER_VACANCY).toList());
                List<Integer> places = new java.util.ArrayList<>(java.util.stream.IntStream.rangeClosed(1, expected.size()).boxed().toList());
                String proposed = r.assignment().get(v.id());
                if (proposed != null && !expected.contains(proposed)) {
                    // a proposal below the list's reach comes last, at its own place
                    expected.add(proposed);
                    places.add(all.indexOf(proposed) + 1);
                }
                assertThat(r.rankedPerVacancy().get(v.id())).extracting(MatchingResult.Ranked::candidateId)
                        .as("round %d, ranked list of %s", round, v.id()).isEqualTo(expected);
                assertThat(r.rankedPerVacancy().get(v.id())).extracting(MatchingResult.Ranked::place)
                        .as("round %d, places on the list of %s", round, v.id()).isEqualTo(places);
            }
            for (MatchingResult.LeftOut out : r.leftOut().values()) {
                Candidate c = p.candidates().stream().filter(x -> x.id().equals(out.candidateId())).findFirst().orElseThrow();
                Map<Rule, Integer> blocked = new java.util.EnumMap<>(Rule.class);
                int open = 0;
                for (Vacancy v : p.vacancies()) {
                    boolean any = false;
                    for (Rule rule : Rule.values()) {
                        if (p.breaks(rule, c, v)) {
                            blocked.merge(rule, 1, Integer::sum);
                            any = true;
                        }
                    }
                    open += any ? 0 : 1;
                }
                assertThat(out.blockedByRule()).as("round %d, rules for %s", round, c.id()).isEqualTo(blocked);
                assertThat(out.openVacancies()).as("round %d, open for %s", round, c.id()).isEqualTo(open);
            }
        }
    }

    /** The same lexicographic objective, solved by OR-Tools' min-cost flow (cost scaling) on the same network. */
    public static MatchingResult.Objective orTools(MatchingProblem p) {
        List<Candidate> cs = p.candidates();
        List<Vacancy> vs = p.vacancies();
        long[] weight = MatchingEngine.waitingWeights(cs);
        int maxFit = 1 + 2 * cs.stream().mapToInt(c -> c.municipalities().size()).max().orElse(0);
        long big = (long) maxFit * Math.max(1, Math.min(cs.size(), vs.size())) + 1;
        Map<String, Integer> corp = new LinkedHashMap<>();
        vs.forEach(v -> corp.putIfAbsent(v.corporation(), corp.size()));
        int n = cs.size();
        int m = vs.size();
        int source = 0;
        int sink = n + m + corp.size() + 1;
        MinCostFlow flow = new MinCostFlow();
        // a free arc source -> sink lets the solver leave any candidate unhoused; supply = every candidate
        flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
        for (int i = 0; i < n; i++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + i, 1, -big * weight[i]);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (p.broken(cs.get(i), vs.get(j)) == null) {
                    pairs.add(new int[] {flow.addArcWithCapacityAndUnitCost(1 + i, 1 + n + j, 1,
                            MatchingProblem.fit(cs.get(i), vs.get(j))), i, j});
                }
            }
        }
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(1 + n + j, 1 + n + m + corp.get(vs.get(j).corporation()), 1, 0);
        }
        corp.forEach((c, idx) -> flow.addArcWithCapacityAndUnitCost(1 + n + m + idx, sink,
                Math.max(0, p.remainingCap().getOrDefault(c, 0)), 0));
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        assertThat(flow.solve()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
        int housed = 0;
        long waiting = 0;
        long fit = 0;
        for (int[] pair : pairs) {
            if (flow.getFlow(pair[0]) > 0) {
                housed++;
                waiting += weight[pair[1]];
                fit += MatchingProblem.fit(cs.get(pair[1]), vs.get(pair[2]));
            }
        }
        return new MatchingResult.Objective(housed, waiting, fit);
    }

    @Test
    void explains_a_proposal_and_a_candidate_left_out() {
        Candidate early = new Candidate("vroeg", LocalDate.of(2026, 1, 5), 1, Set.of(), 800, List.of("GM0505", "GM0590"),
                Set.of(), "GM0505", "SHELTER");
        Candidate late = new Candidate("laat", LocalDate.of(2026, 3, 1), 1, Set.of(), 800, List.of("GM0505"), Set.of(),
                "GM0505", "SHELTER");
        Candidate wheelchair = new Candidate("rolstoel", LocalDate.of(2025, 12, 1), 1, Set.of(Access.WHEELCHAIR), 800,
                List.of("GM0505"), Set.of(), "GM0505", "SHELTER");
        Vacancy v = new Vacancy("w1", "trivire", "GM0505", "BU05050101", 2, 700, Set.of(Access.LIFT));
        MatchingProblem p = new MatchingProblem(List.of(early, late, wheelchair), List.of(v), Map.of("trivire", 5), Map.of());
        MatchingResult r = MatchingEngine.solve(p);
        assertThat(r.assignment()).containsExactly(Map.entry("w1", "vroeg"));
        assertThat(r.rankedPerVacancy().get("w1")).extracting(MatchingResult.Ranked::candidateId).containsExactly("vroeg", "laat");
        // the explanations are codes with their arguments: "urgent sinds 5-1-2026", "1e keus van gemeente", "gemeente van
        // herkomst" in the reader's language (RoundTextsTest reads them in Dutch and English)
        assertThat(r.rankedPerVacancy().get("w1").get(0).reasons()).contains(Reason.waitingSince(LocalDate.of(2026, 1, 5)),
                Reason.of(Reason.Code.CHOICE, 1), Reason.of(Reason.Code.ORIGIN));
        assertThat(r.leftOut().get("rolstoel").blockedByRule()).containsEntry(Rule.ACCESS, 1);
        // "Geen van de 1 woningen voldoet aan de harde regels: toegankelijkheid past niet (1)."
        assertThat(r.leftOut().get("rolstoel").reason()).isEqualTo(Reason.of(Reason.Code.NO_VACANCY_FITS, 1));
        assertThat(r.leftOut().get("laat").openVacancies()).isEqualTo(1);
        // "De 1 passende woning(en) gaan naar kandidaten die langer wachten, ..."
        assertThat(r.leftOut().get("laat").reason()).isEqualTo(Reason.of(Reason.Code.TAKEN_BY_OTHERS, 1));
    }

    @Test
    void a_dwelling_the_candidate_declined_is_not_proposed_to_them_again() {
        Candidate declined = new Candidate("weigerde", LocalDate.of(2026, 1, 5), 1, Set.of(), 800, List.of("GM0505"), Set.of(),
                "GM0505", "SHELTER", Set.of("w1"));
        Candidate other = new Candidate("ander", LocalDate.of(2026, 3, 1), 1, Set.of(), 800, List.of("GM0505"), Set.of(),
                "GM0505", "SHELTER");
        Vacancy w1 = new Vacancy("w1", "trivire", "GM0505", "BU05050101", 2, 700, Set.of());
        Vacancy w2 = new Vacancy("w2", "trivire", "GM0505", "BU05050101", 2, 700, Set.of());
        MatchingProblem p = new MatchingProblem(List.of(declined, other), List.of(w1, w2), Map.of("trivire", 5), Map.of());
        MatchingResult r = MatchingEngine.solve(p);
        assertThat(r.assignment()).containsEntry("w1", "ander").containsEntry("w2", "weigerde");
        assertThat(p.broken(declined, w1)).isEqualTo(Rule.DECLINED);
        MatchingResult alone = MatchingEngine.solve(new MatchingProblem(List.of(declined), List.of(w1), Map.of("trivire", 5), Map.of()));
        assertThat(alone.assignment()).isEmpty();
        assertThat(alone.leftOut().get("weigerde").blockedByRule()).containsExactly(Map.entry(Rule.DECLINED, 1));
    }

    @Test
    void a_proposal_below_the_reach_of_the_list_comes_last_at_its_own_place() {
        // twenty early candidates fit dwelling "a" and each one dwelling of its own in B; one late candidate only "a":
        // housing the most people proposes the late one for "a", at place 21 of its list
        List<Candidate> cs = new java.util.ArrayList<>();
        List<Vacancy> vs = new java.util.ArrayList<>();
        vs.add(new Vacancy("a", "x", "A", "A1", 1, 500, Set.of()));
        for (int i = 0; i < MatchingEngine.RANKED_PER_VACANCY; i++) {
            cs.add(new Candidate("vroeg-" + i, LocalDate.of(2025, 1, 1).plusDays(i), 1, Set.of(), 900, List.of("A", "B"), Set.of(),
                    "A", "SHELTER"));
            vs.add(new Vacancy("b-" + i, "x", "B", "B1", 1, 500, Set.of()));
        }
        cs.add(new Candidate("laat", LocalDate.of(2026, 6, 1), 1, Set.of(), 900, List.of("A"), Set.of(), "A", "SHELTER"));
        MatchingResult r = MatchingEngine.solve(new MatchingProblem(cs, vs, Map.of("x", 100), Map.of()));
        assertThat(r.assignment()).containsEntry("a", "laat").hasSize(MatchingEngine.RANKED_PER_VACANCY + 1);
        List<MatchingResult.Ranked> list = r.rankedPerVacancy().get("a");
        assertThat(list).hasSize(MatchingEngine.RANKED_PER_VACANCY + 1);
        assertThat(list.getLast()).extracting(MatchingResult.Ranked::candidateId, MatchingResult.Ranked::place,
                MatchingResult.Ranked::proposed).containsExactly("laat", MatchingEngine.RANKED_PER_VACANCY + 1, true);
        assertThat(list.getFirst().anonymousReasons()).containsExactly(Reason.waitingSince(LocalDate.of(2025, 1, 1)),
                Reason.of(Reason.Code.PROPOSED_ELSEWHERE));
    }

    @Test
    void housing_more_people_beats_housing_the_longest_waiting_first() {
        // the oldest candidate could take either dwelling; the other candidate only the first: both get housed
        Candidate old = new Candidate("oud", LocalDate.of(2025, 1, 1), 1, Set.of(), 900, List.of("A", "B"), Set.of(), "A", "SHELTER");
        Candidate young = new Candidate("jong", LocalDate.of(2026, 1, 1), 1, Set.of(), 900, List.of("A"), Set.of(), "A", "SHELTER");
        Vacancy a = new Vacancy("a", "x", "A", "A1", 1, 500, Set.of());
        Vacancy b = new Vacancy("b", "x", "B", "B1", 1, 500, Set.of());
        MatchingResult r = MatchingEngine.solve(new MatchingProblem(List.of(old, young), List.of(a, b), Map.of("x", 2), Map.of()));
        assertThat(r.assignment()).containsEntry("a", "jong").containsEntry("b", "oud");
        // with a cap of 1 only one can be housed: the longest waiting
        MatchingResult capped = MatchingEngine.solve(new MatchingProblem(List.of(old, young), List.of(a, b), Map.of("x", 1), Map.of()));
        assertThat(capped.assignment()).containsExactly(Map.entry("a", "oud"));
        // "... gaan naar kandidaten die langer wachten ..."
        assertThat(capped.leftOut().get("jong").reason()).isEqualTo(Reason.of(Reason.Code.TAKEN_BY_OTHERS, 1));
    }
}
