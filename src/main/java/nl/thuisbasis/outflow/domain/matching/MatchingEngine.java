package nl.thuisbasis.outflow.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The exact matching on the network source -> waiting class -> candidate -> vacancy -> corporation -> sink (a
 * candidate-vacancy edge for every pair that meets the hard rules, costing its fit; the corporation's edge into the sink
 * has its remaining cap as capacity). The sets of candidates that can be housed together form a matroid (a gammoid), so
 * the objective is reached in two exact steps:
 * <ol>
 * <li>longest waiting first: the greedy adds candidates in order of their urgency date when they can still be housed
 * together with those before (one augmenting path each: first a free vacancy directly, then the shortest augmenting
 * path method with distance labels). This gives a maximum-weight basis: the most housed, and among those the longest
 * waiting. Every maximum-weight basis of a matroid houses the same number of each waiting class;</li>
 * <li>best fit: a minimum-cost flow of the same value from scratch, with each class's edge from the source limited to
 * that number, by the primal-dual method (shortest paths with potentials in a bucket queue, then Dinic's phases on the
 * edges of zero reduced cost).</li>
 * </ol>
 * The network and both flow algorithms are {@link FlowGraph}'s; this class models the matching on it (the pairs that meet
 * the hard rules, {@link Pairs}; the waiting classes; the caps), and {@link Explanations} explains the result. Tests compare
 * the result with brute force and with OR-Tools' min-cost flow on the single-cost formulation.
 */
public final class MatchingEngine {

    static final int RANKED_PER_VACANCY = 20;

    private MatchingEngine() {
    }

    /** The proposal with its explanations: ranked candidates per vacancy and the reasons for everyone left out. */
    public static MatchingResult solve(MatchingProblem p) {
        Pairs pairs = new Pairs(p);
        Optimum optimum = optimum(p, pairs);
        return new MatchingResult(optimum.assignment(), optimum.objective(), Explanations.ranked(p, pairs, optimum.assignment()),
                Explanations.leftOut(p, pairs, optimum.housed()));
    }

    /** The optimal assignment alone (vacancy -> candidate) and its objective. */
    public record Optimum(Map<String, String> assignment, MatchingResult.Objective objective, boolean[] housed) {
    }

    public static Optimum optimum(MatchingProblem p) {
        return optimum(p, new Pairs(p));
    }

    private static Optimum optimum(MatchingProblem p, Pairs pairs) {
        List<Candidate> cs = p.candidates();
        List<Vacancy> vs = p.vacancies();
        int n = cs.size();
        int m = vs.size();
        int k = pairs.corporations.size();
        long[] weight = pairs.weight;
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
        // nodes: source, one node per waiting class, candidates, vacancies, corporations, sink
        int source = 0;
        int classNode = 1;
        int cand = classNode + q;
        int vac = cand + n;
        int corp = vac + m;
        int sink = corp + k;
        FlowGraph g = new FlowGraph(sink + 1, 2 * (q + n + pairs.count + m + k));
        int[] classOf = new int[n];
        for (int t = 0; t < q; t++) {
            for (int a = classes.get(t)[0]; a < classes.get(t)[1]; a++) {
                classOf[order[a]] = t;
            }
        }
        int[] classEdge = new int[q];
        for (int t = 0; t < q; t++) {
            classEdge[t] = g.add(source, classNode + t, 0, 0);
        }
        for (int i = 0; i < n; i++) {
            g.add(classNode + classOf[i], cand + i, 1, 0);
        }
        int[] pairEdge = new int[pairs.count];
        for (int x = 0; x < pairs.count; x++) {
            pairEdge[x] = g.add(cand + pairs.candidate[x], vac + pairs.vacancy[x], 1, pairs.fit[x]);
        }
        int[] vacancyCorpEdge = new int[m];
        for (int j = 0; j < m; j++) {
            vacancyCorpEdge[j] = g.add(vac + j, corp + pairs.corpOf[j], 1, 0);
        }
        int[] corpSinkEdge = new int[k];
        for (int c = 0; c < k; c++) {
            corpSinkEdge[c] = g.add(corp + c, sink, Math.max(0, p.remainingCap().getOrDefault(pairs.corporations.get(c), 0)), 0);
        }
        g.freeze();

        // 1. the longest-waiting-first set: greedy in waiting order (the housable sets form a matroid), counting per
        //    class how many of the classes so far can be housed together (r_t)
        int[] housedUpTo = new int[q];
        int housedCount = 0;
        for (int t = 0; t < q; t++) {
            for (int a = classes.get(t)[0]; a < classes.get(t)[1]; a++) {
                int i = order[a];
                if (direct(g, pairEdge, pairs.first[i], pairs.first[i + 1], vac, vacancyCorpEdge, corp, corpSinkEdge)
                        || g.augmentFrom(cand + i, sink, cand)) {
                    housedCount++;
                }
            }
            housedUpTo[t] = housedCount;
        }
        // 2. the best fit among all sets that house exactly as many of every waiting class as the greedy set did (every
        //    maximum-weight basis of a matroid has the same number of elements of each weight class, r_t - r_t-1): a
        //    minimum-cost flow of value R from scratch, with class t's edge from the source limited to that count
        g.reset();
        if (q > 0) {
            for (int t = 0; t < q; t++) {
                g.setCapacity(classEdge[t], housedUpTo[t] - (t == 0 ? 0 : housedUpTo[t - 1]));
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
        for (int x = 0; x < pairs.count; x++) {
            if (g.flow(pairEdge[x]) > 0) {
                int i = pairs.candidate[x];
                assignment.put(vs.get(pairs.vacancy[x]).id(), cs.get(i).id());
                housed[i] = true;
                waiting += weight[i];
                fit += pairs.fit[x];
            }
        }
        return new Optimum(assignment, new MatchingResult.Objective(assignment.size(), waiting, fit), housed);
    }

    /** Houses a candidate in a free vacancy whose corporation still has room, if there is one: no search needed. */
    private static boolean direct(FlowGraph g, int[] pairEdge, int from, int to, int vac, int[] vacancyCorpEdge, int corp,
            int[] corpSinkEdge) {
        for (int x = from; x < to; x++) {
            int e = pairEdge[x];
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
}
