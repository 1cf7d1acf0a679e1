package nl.thuisbasis.facility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.facility.domain.FieldProblem;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/** Turns the filter parameters of the API, the map and the table into a {@link FacilityFilter}. */
@Component
class FacilityQuery {

    private final RegionCatalog regions;

    FacilityQuery(RegionCatalog regions) {
        this.regions = regions;
    }

    /** The filter, or the problems with the parameters. */
    FacilityFilter filter(String region, List<String> municipalities, List<String> types, List<String> targetGroups,
            List<String> providers, List<String> statuses, List<FieldProblem> problems) {
        List<String> codes = new ArrayList<>();
        boolean byRegion = region != null && !region.isBlank();
        if (byRegion) {
            regions.region(region).map(Region::municipalityCodes).ifPresentOrElse(codes::addAll,
                    () -> problems.add(new FieldProblem("region", "Regio '" + region + "' bestaat niet.")));
        }
        List<String> chosen = new ArrayList<>();
        for (String m : nonBlank(municipalities)) {
            if (!m.matches("GM\\d{4}")) {
                problems.add(new FieldProblem("municipality", "'" + m + "' is geen GM-code, zoals GM0505."));
            } else {
                chosen.add(m);
            }
        }
        if (byRegion && !chosen.isEmpty()) {
            codes.retainAll(chosen);
            if (codes.isEmpty()) {
                codes.add("GM0000"); // municipalities outside the region: nothing matches
            }
        } else if (!chosen.isEmpty()) {
            codes.addAll(chosen);
        }
        return new FacilityFilter(codes, parseAll(FacilityType.class, "type", types, problems),
                parseAll(TargetGroup.class, "targetGroup", targetGroups, problems), new HashSet<>(nonBlank(providers)),
                parseAll(FacilityStatus.class, "status", statuses, problems));
    }

    private static <E extends Enum<E>> Set<E> parseAll(Class<E> type, String field, List<String> values,
            List<FieldProblem> problems) {
        Set<E> result = new HashSet<>();
        for (String value : nonBlank(values)) {
            E parsed = FacilityRequest.parse(type, field, value, problems);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    /** Values from repeated parameters and from comma-separated ones, without blanks. */
    static List<String> nonBlank(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null) {
                    for (String part : v.split(",")) {
                        if (!part.isBlank()) {
                            result.add(part.trim());
                        }
                    }
                }
            }
        }
        return result;
    }
}
