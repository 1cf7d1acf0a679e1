package nl.thuisbasis.outflow.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random matching problems with ties in urgency dates, caps, exclusions and red neighbourhoods, for the exactness tests. */
public final class RandomInstances {

    private RandomInstances() {
    }

    public static MatchingProblem generate(Random r, int candidates, int vacancies, int municipalities, int corporations,
            int neighbourhoodsPerMunicipality, int choices) {
        List<String> gms = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            gms.add("GM" + i);
        }
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            List<String> pool = new ArrayList<>(gms);
            java.util.Collections.shuffle(pool, r);
            List<String> accept = pool.subList(0, Math.min(pool.size(), 1 + r.nextInt(choices)));
            Set<Access> needs = new HashSet<>();
            if (r.nextInt(6) == 0) {
                needs.add(Access.values()[r.nextInt(Access.values().length)]);
            }
            Set<String> excluded = new HashSet<>();
            if (r.nextInt(4) == 0) {
                excluded.add(gms.get(r.nextInt(municipalities)) + "-BU" + r.nextInt(neighbourhoodsPerMunicipality));
            }
            cs.add(new Candidate("c" + i, LocalDate.of(2026, 1, 1).plusDays(r.nextInt(Math.max(2, candidates))),
                    1 + r.nextInt(3), needs, 600 + r.nextInt(400), accept, excluded, gms.get(r.nextInt(municipalities)),
                    r.nextBoolean() ? "SHELTER" : "PROTECTED_HOUSING"));
        }
        List<Vacancy> vs = new ArrayList<>();
        for (int j = 0; j < vacancies; j++) {
            String gm = gms.get(r.nextInt(municipalities));
            Set<Access> access = new HashSet<>();
            for (Access a : Access.values()) {
                if (r.nextInt(3) == 0) {
                    access.add(a);
                }
            }
            vs.add(new Vacancy("v" + j, "corp" + r.nextInt(corporations), gm, gm + "-BU" + r.nextInt(neighbourhoodsPerMunicipality),
                    1 + r.nextInt(4), 550 + r.nextInt(450), access));
        }
        Map<String, Integer> caps = new HashMap<>();
        for (int i = 0; i < corporations; i++) {
            caps.put("corp" + i, r.nextInt(Math.max(2, vacancies / Math.max(1, corporations) + 2)));
        }
        Map<String, Set<String>> red = Map.of("SHELTER", Set.of(gms.get(0) + "-BU0"));
        return new MatchingProblem(cs, vs, caps, red);
    }
}
