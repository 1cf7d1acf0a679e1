package nl.thuisbasis.outflow.domain.matching;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The exact matching: one minimum-cost flow source -> candidate -> vacancy -> corporation -> sink. The edge into a
 * candidate costs {@code -M x weight} (its waiting weight), a candidate-vacancy edge costs the fit, the corporation's edge
 * into the sink has its remaining cap as capacity. With M larger than any difference in total fit, the cheapest flow
 * houses the most candidates (the housable sets form a matroid, so a positive weight always pays), among those the
 * largest waiting weight (the greedy, longest-waiting-first set), and among those the best fit. The flow is found by
 * successive shortest paths (Dijkstra with potentials), one unit at a time, while a path still lowers the cost.
 */
public final class MatchingEngine {

    static final int RANKED_PER_VACANCY = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private MatchingEngine() {
    }

    /** The proposal with its explanations: ranked candidates per vacancy and the reasons for everyone left out. */
    public static MatchingResult solve(MatchingProblem p) {
        Optimum optimum = optimum(p);
        return new MatchingResult(optimum.assignment(), optimum.objective(), ranked(p, optimum.assignment()),
                leftOut(p, optimum.housed()));
    }

    /** The optimal assignment alone (vacancy -> candidate) and its objective. */
    public record Optimum(Map<String, String> assignment, MatchingResult.Objective objective, boolean[] housed) {
    }

    public static Optimum optimum(MatchingProblem p) {
        List<Candidate> cs = p.candidates();
        List<Vacancy> vs = p.vacancies();
        int n = cs.size();
        int m = vs.size();
        Map<String, Integer> corpIndex = new LinkedHashMap<>();
        for (Vacancy v : vs) {
            corpIndex.putIfAbsent(v.corporation(), corpIndex.size());
        }
        int k = corpIndex.size();
        long[] weight = waitingWeights(cs);
        int maxFit = 1 + 2 * cs.stream().mapToInt(c -> c.municipalities().size()).max().orElse(0);
        long big = (long) maxFit * Math.max(1, Math.min(n, m)) + 1;

        Graph g = new Graph(n + m + k + 2);
        int source = 0;
        int sink = n + m + k + 1;
        int[] candidateEdge = new int[n];
        for (int i = 0; i < n; i++) {
            candidateEdge[i] = g.add(source, 1 + i, 1, -big * weight[i]);
        }
        List<int[]> pairEdges = new ArrayList<>();   // {edge, candidate, vacancy}
        Map<String, List<Integer>> byMunicipality = new HashMap<>();
        for (int j = 0; j < m; j++) {
            byMunicipality.computeIfAbsent(vs.get(j).municipality(), x -> new ArrayList<>()).add(j);
        }
        for (int i = 0; i < n; i++) {
            Candidate c = cs.get(i);
            for (String municipality : c.municipalities()) {   // a vacancy elsewhere breaks the municipality rule anyway
                for (int j : byMunicipality.getOrDefault(municipality, List.of())) {
                    if (p.broken(c, vs.get(j)) == null) {
                        pairEdges.add(new int[] {g.add(1 + i, 1 + n + j, 1, MatchingProblem.fit(c, vs.get(j))), i, j});
                    }
                }
            }
        }
        for (int j = 0; j < m; j++) {
            g.add(1 + n + j, 1 + n + m + corpIndex.get(vs.get(j).corporation()), 1, 0);
        }
        for (Map.Entry<String, Integer> e : corpIndex.entrySet()) {
            g.add(1 + n + m + e.getValue(), sink, Math.max(0, p.remainingCap().getOrDefault(e.getKey(), 0)), 0);
        }
        g.minCostFlow(source, sink, n, m, k);

        Map<String, String> assignment = new LinkedHashMap<>();
        boolean[] housed = new boolean[n];
        long waiting = 0;
        long fit = 0;
        for (int[] pe : pairEdges) {
            if (g.flow(pe[0]) > 0) {
                assignment.put(vs.get(pe[2]).id(), cs.get(pe[1]).id());
                housed[pe[1]] = true;
                waiting += weight[pe[1]];
                fit += MatchingProblem.fit(cs.get(pe[1]), vs.get(pe[2]));
            }
        }
        return new Optimum(assignment, new MatchingResult.Objective(assignment.size(), waiting, fit), housed);
    }

    /** Dense rank of the urgency dates, the earliest weighing most: number of distinct dates not earlier than one's own. */
    static long[] waitingWeights(List<Candidate> cs) {
        TreeSet<java.time.LocalDate> dates = new TreeSet<>();
        cs.forEach(c -> dates.add(c.urgencySince()));
        List<java.time.LocalDate> ordered = new ArrayList<>(dates);
        long[] w = new long[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            w[i] = ordered.size() - java.util.Collections.binarySearch(ordered, cs.get(i).urgencySince());
        }
        return w;
    }

    private static Map<String, List<MatchingResult.Ranked>> ranked(MatchingProblem p, Map<String, String> assignment) {
        Map<String, List<MatchingResult.Ranked>> result = new LinkedHashMap<>();
        for (Vacancy v : p.vacancies()) {
            List<Candidate> open = new ArrayList<>();
            for (Candidate c : p.candidates()) {
                if (p.broken(c, v) == null) {
                    open.add(c);
                }
            }
            open.sort(Comparator.comparing(Candidate::urgencySince).thenComparingInt(c -> MatchingProblem.fit(c, v))
                    .thenComparing(Candidate::id));
            List<MatchingResult.Ranked> list = new ArrayList<>();
            String proposed = assignment.get(v.id());
            for (int place = 0; place < open.size() && place < RANKED_PER_VACANCY; place++) {
                Candidate c = open.get(place);
                int rank = c.municipalities().indexOf(v.municipality()) + 1;
                List<String> reasons = new ArrayList<>();
                reasons.add("urgent sinds " + DATE.format(c.urgencySince()));
                reasons.add(rank + "e keus van gemeente");
                if (v.municipality().equals(c.originMunicipality())) {
                    reasons.add("gemeente van herkomst");
                }
                if (!c.id().equals(proposed) && assignment.containsValue(c.id())) {
                    reasons.add("voorgesteld voor een andere woning");
                }
                list.add(new MatchingResult.Ranked(c.id(), place + 1, c.id().equals(proposed), List.copyOf(reasons)));
            }
            result.put(v.id(), list);
        }
        return result;
    }

    private static Map<String, MatchingResult.LeftOut> leftOut(MatchingProblem p, boolean[] housed) {
        Map<String, MatchingResult.LeftOut> result = new LinkedHashMap<>();
        for (int i = 0; i < p.candidates().size(); i++) {
            if (housed[i]) {
                continue;
            }
            Candidate c = p.candidates().get(i);
            Map<Rule, Integer> blocked = new EnumMap<>(Rule.class);
            int open = 0;
            for (Vacancy v : p.vacancies()) {
                boolean any = false;
                for (Rule rule : Rule.values()) {
                    if (p.breaks(rule, c, v)) {
                        blocked.merge(rule, 1, Integer::sum);
                        any = true;
                    }
                }
                if (!any) {
                    open++;
                }
            }
            String summary;
            if (p.vacancies().isEmpty()) {
                summary = "Er zijn geen open woningen.";
            } else if (open == 0) {
                summary = "Geen van de " + p.vacancies().size() + " woningen voldoet aan de harde regels: "
                        + blocked.entrySet().stream().sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
                                .map(e -> e.getKey().dutch() + " (" + e.getValue() + ")").reduce((a, b) -> a + ", " + b).orElse("")
                        + ".";
            } else {
                summary = "De " + open + " passende woning(en) gaan naar kandidaten die langer wachten, of zijn nodig om zo veel "
                        + "mogelijk mensen te huisvesten.";
            }
            result.put(c.id(), new MatchingResult.LeftOut(c.id(), Map.copyOf(blocked), open, summary));
        }
        return result;
    }

    /** A residual graph in arrays with successive-shortest-path minimum-cost flow. */
    static final class Graph {
        private final int nodes;
        private int[] to = new int[16];
        private int[] cap = new int[16];
        private long[] cost = new long[16];
        private int[] next = new int[16];
        private final int[] head;
        private int edges;

        Graph(int nodes) {
            this.nodes = nodes;
            this.head = new int[nodes];
            Arrays.fill(head, -1);
        }

        /** Adds an edge and its reverse; returns the edge's index (the reverse is index ^ 1). */
        int add(int from, int target, int capacity, long c) {
            ensure(edges + 2);
            int e = edges;
            put(e, target, capacity, c, from);
            put(e + 1, from, 0, -c, target);
            edges += 2;
            return e;
        }

        private void put(int e, int target, int capacity, long c, int from) {
            to[e] = target;
            cap[e] = capacity;
            cost[e] = c;
            next[e] = head[from];
            head[from] = e;
        }

        private void ensure(int size) {
            if (size > to.length) {
                int length = Math.max(size, to.length * 2);
                to = Arrays.copyOf(to, length);
                cap = Arrays.copyOf(cap, length);
                cost = Arrays.copyOf(cost, length);
                next = Arrays.copyOf(next, length);
            }
        }

        int flow(int e) {
            return cap[e ^ 1];
        }

        /** Layers: source, n candidates, m vacancies, k corporations, sink; the start graph is acyclic in that order. */
        void minCostFlow(int source, int sink, int n, int m, int k) {
            long inf = Long.MAX_VALUE / 4;
            long[] potential = new long[nodes];
            Arrays.fill(potential, inf);
            potential[source] = 0;
            for (int u = 0; u < nodes; u++) {   // node numbers follow the layers, so this is a topological order
                if (potential[u] == inf) {
                    continue;
                }
                for (int e = head[u]; e != -1; e = next[e]) {
                    if (cap[e] > 0 && potential[u] + cost[e] < potential[to[e]]) {
                        potential[to[e]] = potential[u] + cost[e];
                    }
                }
            }
            for (int u = 0; u < nodes; u++) {
                if (potential[u] == inf) {
                    potential[u] = 0;   // unreachable now, and never reachable later
                }
            }
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            while (true) {
                Arrays.fill(dist, inf);
                Arrays.fill(via, -1);
                dist[source] = 0;
                PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
                queue.add(new long[] {0, source});
                while (!queue.isEmpty()) {
                    long[] top = queue.poll();
                    int u = (int) top[1];
                    if (top[0] > dist[u]) {
                        continue;
                    }
                    for (int e = head[u]; e != -1; e = next[e]) {
                        if (cap[e] <= 0) {
                            continue;
                        }
                        int v = to[e];
                        long d = dist[u] + cost[e] + potential[u] - potential[v];
                        if (d < dist[v]) {
                            dist[v] = d;
                            via[v] = e;
                            queue.add(new long[] {d, v});
                        }
                    }
                }
                if (dist[sink] == inf) {
                    return;
                }
                long pathCost = dist[sink] + potential[sink] - potential[source];
                if (pathCost >= 0) {
                    return;
                }
                for (int u = 0; u < nodes; u++) {
                    if (dist[u] < inf) {
                        potential[u] += dist[u];
                    }
                }
                // every path of zero reduced cost is now a shortest path: augment along as many as there are
                // (a blocking flow on the admissible edges) before the next Dijkstra
                if (current == null) {
                    current = new int[nodes];
                    dead = new boolean[nodes];
                    onPath = new boolean[nodes];
                    stackEdge = new int[nodes];
                }
                System.arraycopy(head, 0, current, 0, nodes);
                java.util.Arrays.fill(dead, false);
                while (augment(source, sink, potential)) {
                    // one unit per path
                }
            }
        }

        private int[] current;
        private boolean[] dead;
        private boolean[] onPath;
        private int[] stackEdge;

        /** One unit along a path of admissible edges (zero reduced cost, capacity left), depth first; false if none. */
        private boolean augment(int source, int sink, long[] potential) {
            int depth = 0;
            int u = source;
            onPath[source] = true;
            while (true) {
                if (u == sink) {
                    for (int i = 0; i < depth; i++) {
                        cap[stackEdge[i]] -= 1;
                        cap[stackEdge[i] ^ 1] += 1;
                        onPath[to[stackEdge[i]]] = false;
                    }
                    onPath[source] = false;
                    return true;
                }
                boolean advanced = false;
                for (int e = current[u]; e != -1; e = next[e]) {
                    current[u] = e;
                    int v = to[e];
                    if (cap[e] > 0 && !dead[v] && !onPath[v] && cost[e] + potential[u] - potential[v] == 0) {
                        stackEdge[depth++] = e;
                        onPath[v] = true;
                        u = v;
                        advanced = true;
                        break;
                    }
                }
                if (!advanced) {
                    current[u] = -1;
                    dead[u] = true;
                    onPath[u] = false;
                    if (u == source) {
                        return false;
                    }
                    int back = stackEdge[--depth];
                    u = to[back ^ 1];
                }
            }
        }
    }
}
