package nl.thuisbasis.facility.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.facility.FacilityStatus;

/**
 * The public layer's numbers. Per PC4 postcode area: the facilities in use, counted per broad category,
 * with the total capacity rounded to 5. An area with fewer than {@value #MIN_CELL} facilities shows only
 * "fewer than 3": no category counts, no capacity (small-cell suppression), so that one facility cannot be
 * singled out. Secret-address facilities never count per area; they count only in municipality totals.
 */
public final class PublicAggregation {

    /** The smallest number of facilities an area must have before its figures are shown. */
    public static final int MIN_CELL = 3;
    static final int ROUND_TO = 5;

    private PublicAggregation() {
    }

    /** The figures of one PC4 area; {@code suppressed} areas carry no counts and no capacity. */
    public record AreaFigures(String pc4, String municipalityCode, boolean suppressed, Integer facilities,
            Map<FacilityCategory, Integer> perCategory, Integer capacityRounded) {
    }

    /** The figures of one municipality, secret facilities included. */
    public record MunicipalityFigures(String municipalityCode, int facilities, int capacityRounded) {
    }

    /** Whether a facility counts in the public figures at all: it is in use. */
    public static boolean counts(Facility facility) {
        return facility.status() == FacilityStatus.IN_USE;
    }

    public static List<AreaFigures> perPostcodeArea(Collection<Facility> facilities) {
        Map<String, List<Facility>> byArea = new TreeMap<>();
        for (Facility f : facilities) {
            if (counts(f) && !f.secretAddress()) {
                byArea.computeIfAbsent(f.pc4(), k -> new ArrayList<>()).add(f);
            }
        }
        List<AreaFigures> result = new ArrayList<>();
        byArea.forEach((pc4, list) -> {
            String municipality = list.getFirst().municipalityCode();
            if (list.size() < MIN_CELL) {
                result.add(new AreaFigures(pc4, municipality, true, null, null, null));
                return;
            }
            Map<FacilityCategory, Integer> perCategory = new EnumMap<>(FacilityCategory.class);
            for (FacilityCategory c : FacilityCategory.values()) {
                perCategory.put(c, 0);
            }
            int capacity = 0;
            for (Facility f : list) {
                perCategory.merge(f.category(), 1, Integer::sum);
                capacity += f.capacity();
            }
            result.add(new AreaFigures(pc4, municipality, false, list.size(), perCategory, roundToFive(capacity)));
        });
        return result;
    }

    public static List<MunicipalityFigures> perMunicipality(Collection<Facility> facilities) {
        Map<String, int[]> totals = new TreeMap<>();
        for (Facility f : facilities) {
            if (counts(f)) {
                int[] t = totals.computeIfAbsent(f.municipalityCode(), k -> new int[2]);
                t[0]++;
                t[1] += f.capacity();
            }
        }
        List<MunicipalityFigures> result = new ArrayList<>();
        totals.forEach((code, t) -> result.add(new MunicipalityFigures(code, t[0], roundToFive(t[1]))));
        return result;
    }

    /** Rounds to the nearest multiple of 5, halves up; a positive capacity never rounds down to 0. */
    public static int roundToFive(int value) {
        if (value <= 0) {
            return 0;
        }
        int rounded = ((value + ROUND_TO / 2) / ROUND_TO) * ROUND_TO;
        return Math.max(ROUND_TO, rounded);
    }
}
