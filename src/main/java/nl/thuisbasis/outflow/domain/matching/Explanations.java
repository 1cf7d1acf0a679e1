package nl.thuisbasis.outflow.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's explanations of a result: per vacancy the candidates who fit, in order of who comes first, with the
 * reasons (how long they waited, their choice of municipality, origin, proposed elsewhere), and for every candidate left
 * out why, as codes with arguments ({@link MatchingResult.Reason}) that each reader reads in their own language.
 */
final class Explanations {

    private Explanations() {
    }

    static Map<String, List<MatchingResult.Ranked>> ranked(MatchingProblem p, Pairs pairs, Map<String, String> assignment) {
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
        long[] heap = new long[MatchingEngine.RANKED_PER_VACANCY];
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

    static Map<String, MatchingResult.LeftOut> leftOut(MatchingProblem p, Pairs pairs, boolean[] housed) {
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
