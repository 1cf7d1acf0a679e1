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
        // waiting classes, longest waiting (highest weight) first
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -weight[i]).thenComparingInt(i -> i));
        List<int[]> classes = new ArrayList<>();   // ranges in order[]
        for (int a = 0; a < n; ) {
            int b = a;
            while (b < n && weight[order[b]] == weight[order[a]]) {
                b++;
            }
            classes.add(new int[] {a, b});
            a = b;
        }
        int q = classes.size();
        // nodes: source, chain A_1..A_q, candidates, vacancies, corporations, sink
        int source = 0;
        int chain = 1;
        int cand = chain + q;
        int vac = cand + n;
        int corp = vac + m;
        int sink = corp + k;
        Graph g = new Graph(sink + 1);
        int[] classOf = new int[n];
        for (int t = 0; t < q; t++) {
            for (int a = classes.get(t)[0]; a < classes.get(t)[1]; a++) {
                classOf[order[a]] = t;
            }
        }
        int firstChainEdge = q == 0 ? -1 : g.add(source, chain, 0, 0);
        int[] chainEdge = new int[Math.max(0, q - 1)];
        for (int t = 0; t + 1 < q; t++) {
            chainEdge[t] = g.add(chain + t, chain + t + 1, 0, 0);
        }
        for (int i = 0; i < n; i++) {
            g.add(chain + classOf[i], cand + i, 1, 0);
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
                        pairEdges.add(new int[] {g.add(cand + i, vac + j, 1, MatchingProblem.fit(c, vs.get(j))), i, j});
                    }
                }
            }
        }
        int[] vacancyCorpEdge = new int[m];
        for (int j = 0; j < m; j++) {
            vacancyCorpEdge[j] = g.add(vac + j, corp + corpIndex.get(vs.get(j).corporation()), 1, 0);
        }
        int[] corpSinkEdge = new int[k];
        for (Map.Entry<String, Integer> e : corpIndex.entrySet()) {
            corpSinkEdge[e.getValue()] = g.add(corp + e.getValue(), sink, Math.max(0, p.remainingCap().getOrDefault(e.getKey(), 0)), 0);
        }
        g.freeze();
        // per candidate its pair edges, for the direct step (a free vacancy whose corporation still has room)
        int[][] pairsOf = new int[n][];
        int[] pairCount = new int[n];
        for (int[] pe : pairEdges) {
            pairCount[pe[1]]++;
        }
        for (int i = 0; i < n; i++) {
            pairsOf[i] = new int[pairCount[i]];
            pairCount[i] = 0;
        }
        for (int[] pe : pairEdges) {
            pairsOf[pe[1]][pairCount[pe[1]]++] = pe[0];
        }

        // 1. the longest-waiting-first set: greedy in waiting order (the housable sets form a matroid), counting per
        //    class how many of the classes so far can be housed together (r_t)
        int[] housedUpTo = new int[q];
        int housedCount = 0;
        for (int t = 0; t < q; t++) {
            for (int a = classes.get(t)[0]; a < classes.get(t)[1]; a++) {
                if (direct(g, pairsOf[order[a]], vac, vacancyCorpEdge, corp, corpSinkEdge)
                        || g.augmentFrom(cand + order[a], sink, cand, vac)) {
                    housedCount++;
                }
            }
            housedUpTo[t] = housedCount;
        }
        // 2. the best fit among all sets that house r_t of the first t classes for every t: a minimum-cost flow of
        //    value R from scratch, where the chain lets at most R - r_t units past class t
        g.reset();
        if (q > 0) {
            g.setCapacity(firstChainEdge, housedCount);
            for (int t = 0; t + 1 < q; t++) {
                g.setCapacity(chainEdge[t], housedCount - housedUpTo[t]);
            }
            int pushed = g.minCostFlow(source, sink, housedCount);
            if (pushed != housedCount) {
                throw new IllegalStateException("matching: " + pushed + " of " + housedCount + " units");
            }
        }

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

    /** Houses a candidate in a free vacancy whose corporation still has room, if there is one: no search needed. */
    private static boolean direct(Graph g, int[] pairs, int vac, int[] vacancyCorpEdge, int corp, int[] corpSinkEdge) {
        for (int e : pairs) {
            int j = g.head(e) - vac;
            int toCorp = vacancyCorpEdge[j];
            int toSink = corpSinkEdge[g.head(toCorp) - corp];
            if (g.residual(e) > 0 && g.residual(toCorp) > 0 && g.residual(toSink) > 0) {
                g.push(e);
                g.push(toCorp);
                g.push(toSink);
                return true;
            }
        }
        return false;
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

    /**
     * A residual graph in arrays (compressed after building): unit searches for the greedy step and a primal-dual
     * minimum-cost flow (Dijkstra with potentials, then a blocking flow on the edges of zero reduced cost).
     */
    static final class Graph {
        private final int nodes;
        private int[] to = new int[16];
        private int[] cap = new int[16];
        private int[] cost = new int[16];
        private int[] from = new int[16];
        private int[] original;
        private int[] start;      // edges of node u: order[start[u] .. start[u + 1])
        private int[] byNode;
        private int edges;

        Graph(int nodes) {
            this.nodes = nodes;
        }

        /** Adds an edge and its reverse; returns the edge's index (the reverse is index ^ 1). */
        int add(int u, int v, int capacity, int c) {
            if (edges + 2 > to.length) {
                int length = to.length * 2;
                to = Arrays.copyOf(to, length);
                cap = Arrays.copyOf(cap, length);
                cost = Arrays.copyOf(cost, length);
                from = Arrays.copyOf(from, length);
            }
            to[edges] = v;
            cap[edges] = capacity;
            cost[edges] = c;
            from[edges] = u;
            to[edges + 1] = u;
            cap[edges + 1] = 0;
            cost[edges + 1] = -c;
            from[edges + 1] = v;
            edges += 2;
            return edges - 2;
        }

        /** Groups the edges by their tail (counting sort) and remembers the capacities for reset(). */
        void freeze() {
            start = new int[nodes + 1];
            for (int e = 0; e < edges; e++) {
                start[from[e] + 1]++;
            }
            for (int u = 0; u < nodes; u++) {
                start[u + 1] += start[u];
            }
            byNode = new int[edges];
            int[] fill = Arrays.copyOf(start, nodes);
            for (int e = 0; e < edges; e++) {
                byNode[fill[from[e]]++] = e;
            }
            original = Arrays.copyOf(cap, edges);
        }

        void reset() {
            System.arraycopy(original, 0, cap, 0, edges);
        }

        void setCapacity(int e, int capacity) {
            cap[e] = capacity;
        }

        int flow(int e) {
            return cap[e ^ 1];
        }

        int residual(int e) {
            return cap[e];
        }

        int head(int e) {
            return to[e];
        }

        void push(int e) {
            cap[e] -= 1;
            cap[e ^ 1] += 1;
        }

        private boolean[] dead;
        private int[] seen;
        private int stamp;
        private int[] pathEdge;
        private int[] cursor;

        /**
         * Step 1: one unit from a candidate to the sink through the candidate/vacancy/corporation part of the residual
         * graph (nodes in [low, high) are candidates; below low are the source and the chain, never entered). Nodes of
         * a failed search are dead for good: their part of the graph never changes again, so it never reaches the sink.
         */
        boolean augmentFrom(int candidate, int sink, int low, int vacancyStart) {
            if (dead == null) {
                dead = new boolean[nodes];
                seen = new int[nodes];
                pathEdge = new int[nodes];
                cursor = new int[nodes];
            }
            if (dead[candidate]) {
                return false;
            }
            stamp++;
            int[] stack = new int[16];
            int depth = 0;
            stack[depth++] = candidate;
            seen[candidate] = stamp;
            cursor[candidate] = start[candidate];
            List<Integer> visited = new ArrayList<>();
            visited.add(candidate);
            while (depth > 0) {
                int u = stack[depth - 1];
                if (u == sink) {
                    for (int d = depth - 1; d > 0; d--) {
                        int e = pathEdge[stack[d]];
                        cap[e] -= 1;
                        cap[e ^ 1] += 1;
                    }
                    return true;
                }
                boolean advanced = false;
                while (cursor[u] < start[u + 1]) {
                    int e = byNode[cursor[u]++];
                    int v = to[e];
                    if (cap[e] > 0 && v >= low && !dead[v] && seen[v] != stamp) {
                        seen[v] = stamp;
                        pathEdge[v] = e;
                        cursor[v] = start[v];
                        visited.add(v);
                        if (depth == stack.length) {
                            stack = Arrays.copyOf(stack, depth * 2);
                        }
                        stack[depth++] = v;
                        advanced = true;
                        break;
                    }
                }
                if (!advanced) {
                    depth--;
                }
            }
            for (int v : visited) {
                dead[v] = true;
            }
            return false;
        }

        /** Step 2: a minimum-cost flow of the given value (all costs >= 0 at the start); returns the value reached. */
        int minCostFlow(int source, int sink, int value) {
            long inf = Long.MAX_VALUE / 4;
            long[] potential = new long[nodes];
            long[] dist = new long[nodes];
            int[] current = new int[nodes];
            boolean[] blocked = new boolean[nodes];
            boolean[] onPath = new boolean[nodes];
            int[] stack = new int[nodes + 1];
            int[] stackEdge = new int[nodes + 1];
            long[] heap = new long[16];
            int pushed = 0;
            while (pushed < value) {
                Arrays.fill(dist, inf);
                dist[source] = 0;
                int size = 0;
                heap[size++] = ((long) 0 << 32) | source;
                while (size > 0) {
                    long top = heap[0];
                    heap[0] = heap[--size];
                    siftDown(heap, size);
                    int u = (int) (top & 0xffffffffL);
                    long d = top >>> 32;
                    if (d > dist[u]) {
                        continue;
                    }
                    if (u == sink) {
                        break;   // nodes farther than the sink do not matter for this round (potentials capped below)
                    }
                    for (int i = start[u]; i < start[u + 1]; i++) {
                        int e = byNode[i];
                        if (cap[e] <= 0) {
                            continue;
                        }
                        int v = to[e];
                        long nd = d + cost[e] + potential[u] - potential[v];
                        if (nd < dist[v]) {
                            dist[v] = nd;
                            if (size == heap.length) {
                                heap = Arrays.copyOf(heap, size * 2);
                            }
                            heap[size] = (nd << 32) | v;
                            siftUp(heap, size++);
                        }
                    }
                }
                if (dist[sink] >= inf) {
                    return pushed;
                }
                long reach = dist[sink];
                for (int u = 0; u < nodes; u++) {
                    potential[u] += Math.min(dist[u], reach);   // keeps every reduced cost >= 0
                }
                // blocking flow on edges of zero reduced cost
                for (int u = 0; u < nodes; u++) {
                    current[u] = start[u];
                }
                Arrays.fill(blocked, false);
                while (pushed < value) {
                    int depth = 0;
                    stack[0] = source;
                    onPath[source] = true;
                    boolean found = false;
                    while (true) {
                        int u = stack[depth];
                        if (u == sink) {
                            found = true;
                            break;
                        }
                        boolean advanced = false;
                        while (current[u] < start[u + 1]) {
                            int e = byNode[current[u]];
                            int v = to[e];
                            if (cap[e] > 0 && !blocked[v] && !onPath[v] && cost[e] + potential[u] - potential[v] == 0) {
                                stackEdge[depth] = e;
                                stack[++depth] = v;
                                onPath[v] = true;
                                advanced = true;
                                break;
                            }
                            current[u]++;
                        }
                        if (!advanced) {
                            blocked[u] = true;
                            onPath[u] = false;
                            if (depth == 0) {
                                break;
                            }
                            depth--;
                            current[stack[depth]]++;
                        }
                    }
                    if (!found) {
                        onPath[source] = false;
                        break;
                    }
                    for (int d = 0; d < depth; d++) {
                        cap[stackEdge[d]] -= 1;
                        cap[stackEdge[d] ^ 1] += 1;
                        onPath[stack[d + 1]] = false;
                    }
                    onPath[source] = false;
                    pushed++;
                }
            }
            return pushed;
        }

        private static void siftUp(long[] heap, int i) {
            long x = heap[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= x) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = x;
        }

        private static void siftDown(long[] heap, int size) {
            if (size == 0) {
                return;
            }
            long x = heap[0];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (heap[child] >= x) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = x;
        }
    }
}
