package nl.thuisbasis.outflow.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open candidate-vacancy pairs (every hard rule met), grouped by candidate, found only within the candidate's
 * acceptable municipalities (a vacancy elsewhere breaks the municipality rule anyway) with the rules checked on
 * compact arrays; and what the explanations need to count the vacancies each rule rules out without trying every
 * pair.
 */
final class Pairs {
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
        weight = MatchingEngine.waitingWeights(cs);
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
