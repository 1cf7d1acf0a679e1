package nl.thuisbasis.outflow.domain.matching;

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
 * the hard rules, the waiting classes, the caps) and explains the result. Tests compare the result with brute force and
 * with OR-Tools' min-cost flow on the single-cost formulation.
 */
public final class MatchingEngine {

    static final int RANKED_PER_VACANCY = 20;

    private MatchingEngine() {
    }

    /** The proposal with its explanations: ranked candidates per vacancy and the reasons for everyone left out. */
    public static MatchingResult solve(MatchingProblem p) {
        Pairs pairs = new Pairs(p);
        Optimum optimum = optimum(p, pairs);
        return new MatchingResult(optimum.assignment(), optimum.objective(), ranked(p, pairs, optimum.assignment()),
                leftOut(p, pairs, optimum.housed()));
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

    /**
     * The open candidate-vacancy pairs (every hard rule met), grouped by candidate, found only within the candidate's
     * acceptable municipalities (a vacancy elsewhere breaks the municipality rule anyway) with the rules checked on
     * compact arrays; and what the explanations need to count the vacancies each rule rules out without trying every
     * pair.
     */
    static final class Pairs {
        final long[] weight;
        final List<String> corporations = new ArrayList<>();
        final int[] corpOf;
        int count;
        int[] candidate = new int[16];
        int[] vacancy = new int[16];
        int[] fit = new int[16];
        /** Pairs of candidate i are [first[i], first[i + 1]). */
        final int[] first;

        // per vacancy
        final int[] bedrooms;
        final int[] rent;
        final int[] accessMask;
        final int[] neighbourhood;
        final boolean[] capOpen;
        final Map<String, Integer> municipalityIndex = new HashMap<>();
        final Map<String, Integer> neighbourhoodIndex = new HashMap<>();
        final int[][] vacanciesOfMunicipality;
        final int[] perNeighbourhood;
        final int capClosed;
        final Map<String, Integer> redPerKind = new HashMap<>();
        final Map<String, boolean[]> redByKind = new HashMap<>();
        final int[] sortedRents;
        final int[] perBedrooms = new int[10];   // vacancies with exactly b bedrooms (9 = 9 or more)
        final int[] perMask = new int[8];
        final java.util.Set<String> vacancyIds = new java.util.HashSet<>();

        Pairs(MatchingProblem p) {
            List<Candidate> cs = p.candidates();
            List<Vacancy> vs = p.vacancies();
            int n = cs.size();
            int m = vs.size();
            weight = waitingWeights(cs);
            Map<String, Integer> corpIndex = new HashMap<>();
            corpOf = new int[m];
            bedrooms = new int[m];
            rent = new int[m];
            accessMask = new int[m];
            neighbourhood = new int[m];
            capOpen = new boolean[m];
            int[] municipalityOf = new int[m];
            int closed = 0;
            for (int j = 0; j < m; j++) {
                Vacancy v = vs.get(j);
                vacancyIds.add(v.id());
                corpOf[j] = corpIndex.computeIfAbsent(v.corporation(), c -> {
                    corporations.add(c);
                    return corporations.size() - 1;
                });
                bedrooms[j] = v.bedrooms();
                rent[j] = v.rent();
                accessMask[j] = mask(v.access());
                neighbourhood[j] = neighbourhoodIndex.computeIfAbsent(v.neighbourhood(), x -> neighbourhoodIndex.size());
                municipalityOf[j] = municipalityIndex.computeIfAbsent(v.municipality(), x -> municipalityIndex.size());
                capOpen[j] = p.remainingCap().getOrDefault(v.corporation(), 0) > 0;
                if (!capOpen[j]) {
                    closed++;
                }
                perBedrooms[Math.min(9, Math.max(0, v.bedrooms()))]++;
                perMask[accessMask[j]]++;
            }
            capClosed = closed;
            int[] size = new int[municipalityIndex.size()];
            for (int j = 0; j < m; j++) {
                size[municipalityOf[j]]++;
            }
            vacanciesOfMunicipality = new int[municipalityIndex.size()][];
            for (int g = 0; g < size.length; g++) {
                vacanciesOfMunicipality[g] = new int[size[g]];
                size[g] = 0;
            }
            for (int j = 0; j < m; j++) {
                vacanciesOfMunicipality[municipalityOf[j]][size[municipalityOf[j]]++] = j;
            }
            perNeighbourhood = new int[neighbourhoodIndex.size()];
            for (int j = 0; j < m; j++) {
                perNeighbourhood[neighbourhood[j]]++;
            }
            p.redNeighbourhoodsByKind().forEach((kind, red) -> {
                boolean[] isRed = new boolean[neighbourhoodIndex.size()];
                int vacanciesInRed = 0;
                for (String code : red) {
                    Integer b = neighbourhoodIndex.get(code);
                    if (b != null) {
                        isRed[b] = true;
                        vacanciesInRed += perNeighbourhood[b];
                    }
                }
                redByKind.put(kind, isRed);
                redPerKind.put(kind, vacanciesInRed);
            });
            sortedRents = rent.clone();
            Arrays.sort(sortedRents);

            first = new int[n + 1];
            int[] seenMunicipality = new int[municipalityIndex.size()];
            int[] excluded = new int[4];
            for (int i = 0; i < n; i++) {
                first[i] = count;
                Candidate c = cs.get(i);
                int needs = mask(c.needs());
                int need = c.bedroomsNeeded();
                int maxRent = c.maxRent();
                boolean[] red = redByKind.get(c.placementKind());
                int excludedCount = 0;
                for (String code : c.excludedNeighbourhoods()) {
                    Integer b = neighbourhoodIndex.get(code);
                    if (b != null) {
                        if (excludedCount == excluded.length) {
                            excluded = Arrays.copyOf(excluded, excludedCount * 2);
                        }
                        excluded[excludedCount++] = b;
                    }
                }
                Integer origin = municipalityIndex.get(c.originMunicipality());
                java.util.Set<String> declined = c.declinedVacancies();
                List<String> accepted = c.municipalities();
                for (int rank = 0; rank < accepted.size(); rank++) {
                    Integer g = municipalityIndex.get(accepted.get(rank));
                    if (g == null || seenMunicipality[g] == i + 1) {
                        continue;   // no vacancies there, or named twice (the first place counts, as in fit())
                    }
                    seenMunicipality[g] = i + 1;
                    int pairFit = 2 * rank + (origin != null && origin.intValue() == g ? 0 : 1);
                    vacancies:
                    for (int j : vacanciesOfMunicipality[g]) {
                        if (bedrooms[j] < need || (accessMask[j] & needs) != needs || rent[j] > maxRent || !capOpen[j]
                                || (red != null && red[neighbourhood[j]])) {
                            continue;
                        }
                        for (int x = 0; x < excludedCount; x++) {
                            if (excluded[x] == neighbourhood[j]) {
                                continue vacancies;
                            }
                        }
                        if (!declined.isEmpty() && declined.contains(vs.get(j).id())) {
                            continue;
                        }
                        add(i, j, pairFit);
                    }
                }
            }
            first[n] = count;
        }

        private void add(int i, int j, int pairFit) {
            if (count == candidate.length) {
                candidate = Arrays.copyOf(candidate, count * 2);
                vacancy = Arrays.copyOf(vacancy, count * 2);
                fit = Arrays.copyOf(fit, count * 2);
            }
            candidate[count] = i;
            vacancy[count] = j;
            fit[count] = pairFit;
            count++;
        }

        static int mask(java.util.Set<Access> access) {
            int mask = 0;
            for (Access a : access) {
                mask |= 1 << a.ordinal();
            }
            return mask;
        }

        /** Per rule, how many vacancies it rules out for the candidate (each rule counted on its own, as breaks() does). */
        Map<Rule, Integer> blocked(MatchingProblem p, Candidate c) {
            int m = p.vacancies().size();
            Map<Rule, Integer> result = new EnumMap<>(Rule.class);
            int fewer = 0;
            for (int b = 0; b < perBedrooms.length; b++) {
                if (b < c.bedroomsNeeded()) {
                    fewer += perBedrooms[b];
                }
            }
            put(result, Rule.BEDROOMS, fewer);
            int needs = mask(c.needs());
            int inaccessible = 0;
            for (int mask = 0; mask < perMask.length; mask++) {
                if ((mask & needs) != needs) {
                    inaccessible += perMask[mask];
                }
            }
            put(result, Rule.ACCESS, inaccessible);
            int firstAbove = upperBound(sortedRents, c.maxRent());
            put(result, Rule.RENT, m - firstAbove);
            int accepted = 0;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (String gm : c.municipalities()) {
                Integer g = municipalityIndex.get(gm);
                if (g != null && seen.add(g)) {
                    accepted += vacanciesOfMunicipality[g].length;
                }
            }
            put(result, Rule.MUNICIPALITY, m - accepted);
            int excluded = 0;
            for (String code : c.excludedNeighbourhoods()) {
                Integer b = neighbourhoodIndex.get(code);
                excluded += b == null ? 0 : perNeighbourhood[b];
            }
            put(result, Rule.EXCLUDED_NEIGHBOURHOOD, excluded);
            put(result, Rule.RED_NEIGHBOURHOOD, redPerKind.getOrDefault(c.placementKind(), 0));
            put(result, Rule.CORPORATION_CAP, capClosed);
            int declined = 0;
            for (String id : c.declinedVacancies()) {
                declined += vacancyIds.contains(id) ? 1 : 0;
            }
            put(result, Rule.DECLINED, declined);
            return result;
        }

        private static void put(Map<Rule, Integer> result, Rule rule, int count) {
            if (count > 0) {
                result.put(rule, count);
            }
        }

        /** The index of the first value greater than {@code key} in a sorted array. */
        private static int upperBound(int[] sorted, int key) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] <= key) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    private static Map<String, List<MatchingResult.Ranked>> ranked(MatchingProblem p, Pairs pairs, Map<String, String> assignment) {
        List<Candidate> cs = p.candidates();
        List<Vacancy> vs = p.vacancies();
        int m = vs.size();
        // the open pairs per vacancy
        int[] start = new int[m + 1];
        for (int x = 0; x < pairs.count; x++) {
            start[pairs.vacancy[x] + 1]++;
        }
        for (int j = 0; j < m; j++) {
            start[j + 1] += start[j];
        }
        int[] byVacancy = new int[pairs.count];
        int[] fill = Arrays.copyOf(start, m);
        for (int x = 0; x < pairs.count; x++) {
            byVacancy[fill[pairs.vacancy[x]]++] = x;
        }
        java.util.Set<String> proposedAnywhere = new java.util.HashSet<>(assignment.values());
        // who comes first for a vacancy: the earliest urgency, then the best fit, then the id; packed into one long
        int n = cs.size();
        Integer[] byDate = new Integer[n];
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDate[i] = i;
            byId[i] = i;
        }
        Arrays.sort(byDate, Comparator.comparing((Integer i) -> cs.get(i).urgencySince()));
        Arrays.sort(byId, Comparator.comparing((Integer i) -> cs.get(i).id()));
        long[] dateRank = new long[n];
        for (int r = 0, d = -1; r < n; r++) {
            if (r == 0 || !cs.get(byDate[r]).urgencySince().equals(cs.get(byDate[r - 1]).urgencySince())) {
                d++;
            }
            dateRank[byDate[r]] = d;
        }
        long[] idRank = new long[n];
        for (int r = 0; r < n; r++) {
            idRank[byId[r]] = r;
        }
        long[] heap = new long[RANKED_PER_VACANCY];
        Map<String, List<MatchingResult.Ranked>> result = new LinkedHashMap<>();
        for (int j = 0; j < m; j++) {
            Vacancy v = vs.get(j);
            int size = 0;   // a max-heap of the best RANKED_PER_VACANCY keys so far
            for (int y = start[j]; y < start[j + 1]; y++) {
                int x = byVacancy[y];
                int i = pairs.candidate[x];
                long key = dateRank[i] << 40 | (long) Math.min(pairs.fit[x], 1023) << 30 | idRank[i];
                if (size < heap.length) {
                    heap[size] = key;
                    for (int c = size++; c > 0 && heap[(c - 1) / 2] < heap[c]; c = (c - 1) / 2) {
                        long t = heap[c];
                        heap[c] = heap[(c - 1) / 2];
                        heap[(c - 1) / 2] = t;
                    }
                } else if (key < heap[0]) {
                    heap[0] = key;
                    for (int c = 0; ; ) {
                        int l = 2 * c + 1;
                        int big = c;
                        if (l < size && heap[l] > heap[big]) {
                            big = l;
                        }
                        if (l + 1 < size && heap[l + 1] > heap[big]) {
                            big = l + 1;
                        }
                        if (big == c) {
                            break;
                        }
                        long t = heap[c];
                        heap[c] = heap[big];
                        heap[big] = t;
                        c = big;
                    }
                }
            }
            long[] best = Arrays.copyOf(heap, size);
            Arrays.sort(best);
            List<Integer> top = new ArrayList<>(size);
            for (long key : best) {
                top.add(byId[(int) (key & ((1L << 30) - 1))]);
            }
            List<MatchingResult.Ranked> list = new ArrayList<>();
            String proposed = assignment.get(v.id());
            List<Integer> places = new ArrayList<>(top.size() + 1);
            for (int place = 0; place < top.size(); place++) {
                places.add(place);
            }
            if (proposed != null && top.stream().noneMatch(i -> cs.get(i).id().equals(proposed))) {
                // the proposal stands lower than the list reaches (those above it are proposed elsewhere): it comes
                // last, with its own place, so whoever adopts it sees where it stands
                int place = 0;
                int ownIndex = -1;
                long own = -1;
                for (int y = start[j]; y < start[j + 1]; y++) {
                    int x = byVacancy[y];
                    int i = pairs.candidate[x];
                    if (cs.get(i).id().equals(proposed)) {
                        ownIndex = i;
                        own = dateRank[i] << 40 | (long) Math.min(pairs.fit[x], 1023) << 30 | idRank[i];
                    }
                }
                for (int y = start[j]; y < start[j + 1]; y++) {
                    int x = byVacancy[y];
                    int i = pairs.candidate[x];
                    if ((dateRank[i] << 40 | (long) Math.min(pairs.fit[x], 1023) << 30 | idRank[i]) < own) {
                        place++;
                    }
                }
                top.add(ownIndex);
                places.add(place);
            }
            for (int k = 0; k < top.size(); k++) {
                int place = places.get(k);
                Candidate c = cs.get(top.get(k));
                int rank = c.municipalities().indexOf(v.municipality()) + 1;
                List<MatchingResult.Reason> reasons = new ArrayList<>();
                reasons.add(MatchingResult.Reason.waitingSince(c.urgencySince()));
                reasons.add(MatchingResult.Reason.of(MatchingResult.Reason.Code.CHOICE, rank));
                if (v.municipality().equals(c.originMunicipality())) {
                    reasons.add(MatchingResult.Reason.of(MatchingResult.Reason.Code.ORIGIN));
                }
                if (!c.id().equals(proposed) && proposedAnywhere.contains(c.id())) {
                    reasons.add(MatchingResult.Reason.of(MatchingResult.Reason.Code.PROPOSED_ELSEWHERE));
                }
                list.add(new MatchingResult.Ranked(c.id(), place + 1, c.id().equals(proposed), List.copyOf(reasons)));
            }
            result.put(v.id(), list);
        }
        return result;
    }

    private static Map<String, MatchingResult.LeftOut> leftOut(MatchingProblem p, Pairs pairs, boolean[] housed) {
        Map<String, MatchingResult.LeftOut> result = new LinkedHashMap<>();
        for (int i = 0; i < p.candidates().size(); i++) {
            if (housed[i]) {
                continue;
            }
            Candidate c = p.candidates().get(i);
            Map<Rule, Integer> blocked = pairs.blocked(p, c);
            int open = pairs.first[i + 1] - pairs.first[i];
            MatchingResult.Reason reason;
            if (p.vacancies().isEmpty()) {
                reason = MatchingResult.Reason.of(MatchingResult.Reason.Code.NO_OPEN_VACANCIES);
            } else if (open == 0) {
                // which rules, and for how many vacancies each: blockedByRule
                reason = MatchingResult.Reason.of(MatchingResult.Reason.Code.NO_VACANCY_FITS, p.vacancies().size());
            } else {
                reason = MatchingResult.Reason.of(MatchingResult.Reason.Code.TAKEN_BY_OTHERS, open);
            }
            result.put(c.id(), new MatchingResult.LeftOut(c.id(), Map.copyOf(blocked), open, reason));
        }
        return result;
    }
}
