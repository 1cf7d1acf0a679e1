package nl.thuisbasis.outflow.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisbasis.outflow.candidate.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.platform.Problem;

/**
 * The candidate form (registering and correcting), field for field as the API names them. The acceptable municipalities
 * are a number per municipality ({@code ranks[GM0505]}, 1 = first choice, empty = not acceptable); the excluded
 * neighbourhoods are rows ({@code exclusions[1]} with {@code exclusionReasons[1]}). Both are read one by one, so that a
 * value that cannot be read is reported at its own field. {@code version} is the version an edit form was opened at.
 */
record CandidateForm(String onceToken, Integer version, String reference, LocalDate consentOn, String decidingMunicipality, String category,
        TargetHousing targetHousing, Integer regionalTiesYears, Boolean hadOwnDwelling, Integer adults, Integer children,
        AgeBand ageBand, IncomeBand incomeBand, Integer bedroomsNeeded, Boolean needsGroundFloor, Boolean needsLift,
        Boolean needsWheelchair, Map<String, String> ranks, String originMunicipality, Map<String, String> exclusions,
        Map<String, String> exclusionReasons, String supportProvider, SupportIntensity supportIntensity) {

    /** Rows for excluded neighbourhoods on the form. */
    static final int EXCLUSION_ROWS = 3;

    CandidateForm {
        ranks = ranks == null ? Map.of() : ranks;
        exclusions = exclusions == null ? Map.of() : exclusions;
        exclusionReasons = exclusionReasons == null ? Map.of() : exclusionReasons;
    }

    /**
     * A new registration: every field that decides something starts empty and is chosen by the provider (the date of
     * consent, the household, the bedrooms, who supports the client); only the access needs start unticked.
     */
    static CandidateForm blank() {
        return new CandidateForm(null, null, null, null, null, null, null, null, false, null, null, null, null, null, false,
                false, false, Map.of(), null, Map.of(), Map.of(), null, null);
    }

    /** A new registration from a client trajectory: what it already knows; a value that cannot be read is left out. */
    static CandidateForm prefilled(String reference, String targetHousing, String originMunicipality, String preferred,
            String supportProvider) {
        TargetHousing housing = null;
        for (TargetHousing h : TargetHousing.values()) {
            if (h.name().equals(targetHousing)) {
                housing = h;
            }
        }
        Map<String, String> ranks = preferred == null || !preferred.matches("GM\\d{4}") ? Map.of() : Map.of(preferred, "1");
        return new CandidateForm(null, null, bounded(reference), null, null, null, housing, null, false, null, null, null,
                null, null, false, false, false, ranks, originMunicipality == null || !originMunicipality.matches("GM\\d{4}")
                        ? null : originMunicipality, Map.of(), Map.of(), bounded(supportProvider), null);
    }

    private static String bounded(String text) {
        return text == null || text.isBlank() || text.length() > nl.thuisbasis.outflow.domain.ClientReference.MAX_LENGTH ? null : text.strip();
    }

    /** The candidate as it is, to correct it. */
    static CandidateForm of(CandidateView c) {
        Map<String, String> ranks = new LinkedHashMap<>();
        c.municipalities().forEach(m -> ranks.put(m.code(), String.valueOf(m.rank())));
        Map<String, String> exclusions = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < c.exclusions().size() && i < EXCLUSION_ROWS; i++) {
            exclusions.put(String.valueOf(i + 1), c.exclusions().get(i).neighbourhoodCode());
            reasons.put(String.valueOf(i + 1), c.exclusions().get(i).reason().name());
        }
        return new CandidateForm(null, c.version(), c.reference(), c.consentOn(), c.decidingMunicipality(), c.category(),
                c.targetHousing(), c.regionalTiesYears(), c.hadOwnDwelling(), c.adults(), c.children(), c.ageBand(),
                c.incomeBand(), c.bedroomsNeeded(), c.needsGroundFloor(), c.needsLift(), c.needsWheelchair(), ranks,
                c.originMunicipality(), exclusions, reasons, c.supportProvider(), c.supportIntensity());
    }

    /** The field of a municipality's place in the order. */
    static String rankField(String municipality) {
        return "ranks[" + municipality + "]";
    }

    /** The draft the service checks; a rank or a reason that cannot be read goes to the problems at its field. */
    Candidates.Draft draft(List<Problem> problems) {
        Map<Integer, String> byRank = new TreeMap<>();
        for (Map.Entry<String, String> e : ranks.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            Integer rank = integer(e.getValue());
            if (rank == null) {
                problems.add(Problem.at(rankField(e.getKey()), "out.problem.candidate.rank.number"));
            } else if (byRank.put(rank, e.getKey()) != null) {
                problems.add(Problem.at(rankField(e.getKey()), "out.problem.candidate.rank.twice", rank));
            }
        }
        List<CandidateView.Exclusion> excluded = new ArrayList<>();
        for (int i = 1; i <= EXCLUSION_ROWS; i++) {
            String code = blank(exclusions.get(String.valueOf(i)));
            if (code != null) {
                excluded.add(new CandidateView.Exclusion(code, null, reason(i, problems)));
            }
        }
        return new Candidates.Draft(reference, blank(decidingMunicipality), adults, children, ageBand, incomeBand,
                Boolean.TRUE.equals(needsGroundFloor), Boolean.TRUE.equals(needsLift), Boolean.TRUE.equals(needsWheelchair),
                bedroomsNeeded, new ArrayList<>(byRank.values()), excluded, blank(originMunicipality), blank(supportProvider),
                supportIntensity, targetHousing, blank(category), regionalTiesYears, Boolean.TRUE.equals(hadOwnDwelling),
                consentOn);
    }

    private ExclusionReason reason(int row, List<Problem> problems) {
        String value = blank(exclusionReasons.get(String.valueOf(row)));
        if (value == null) {
            return null;
        }
        try {
            return ExclusionReason.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at("exclusionReasons[" + row + "]", "out.problem.candidate.exclusionReason.unreadable"));
            return null;
        }
    }

    private static Integer integer(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
