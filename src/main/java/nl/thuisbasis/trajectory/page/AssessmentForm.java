package nl.thuisbasis.trajectory.page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;

/** An assessment as entered: the day (empty until chosen), the start of the period, and per domain score, target, note. */
record AssessmentForm(LocalDate assessedOn, LocalDate periodFrom, Map<String, Integer> score, Map<String, Integer> target,
        Map<String, String> note, String onceToken) {

    /** The scores of every domain the form sent something for (an unknown one is for the rules to refuse). */
    Map<String, DomainScore> scores() {
        java.util.Set<String> domains = new java.util.LinkedHashSet<>();
        for (Map<String, ?> part : java.util.Arrays.asList(score, target, note)) {
            if (part != null) {
                domains.addAll(part.keySet());
            }
        }
        Map<String, DomainScore> scores = new LinkedHashMap<>();
        for (String domain : domains) {
            scores.put(domain, new DomainScore(get(score, domain), get(target, domain), get(note, domain)));
        }
        return scores;
    }

    private static <T> T get(Map<String, T> map, String key) {
        return map == null ? null : map.get(key);
    }
}
