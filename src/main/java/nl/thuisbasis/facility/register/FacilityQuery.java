package nl.thuisbasis.facility.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/** Turns the filter parameters of the API, the map and the table into a {@link FacilityFilter}. */
@Component
public class FacilityQuery {

    private final RegionCatalog regions;

    FacilityQuery(RegionCatalog regions) {
        this.regions = regions;
    }

    /** The filter of an API request; a parameter that cannot be read refuses the request (400), naming each. */
    public FacilityFilter filter(String region, List<String> municipalities, List<String> types, List<String> targetGroups,
            List<String> providers, List<String> statuses) {
        List<Problem> problems = new ArrayList<>();
        FacilityFilter filter = filter(region, municipalities, types, targetGroups, providers, statuses, problems);
        if (!problems.isEmpty()) {
            throw Refused.badRequest(problems.toArray(Problem[]::new));
        }
        return filter;
    }

    /** The filter; what is wrong with the parameters is added to {@code problems}, each at its parameter. */
    public FacilityFilter filter(String region, List<String> municipalities, List<String> types, List<String> targetGroups,
            List<String> providers, List<String> statuses, List<Problem> problems) {
        List<String> codes = new ArrayList<>();
        boolean byRegion = region != null && !region.isBlank();
        if (byRegion) {
            regions.region(region).map(Region::municipalityCodes).ifPresentOrElse(codes::addAll,
                    () -> problems.add(Problem.at("region", "facility.problem.region.unknown", region)));
        }
        List<String> chosen = new ArrayList<>();
        for (String m : nonBlank(municipalities)) {
            if (!m.matches("GM\\d{4}")) {
                problems.add(Problem.at("municipality", "facility.problem.municipality.invalid", m));
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

    /**
     * A code of an enum (case does not matter), or null when blank; a value that is no code adds a problem at
     * {@code field} that names the codes to choose from.
     */
    public static <E extends Enum<E>> E code(Class<E> type, String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            problems.add(Problem.at(field, "facility.problem.code", value, String.join(", ", allowed)));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> parseAll(Class<E> type, String field, List<String> values,
            List<Problem> problems) {
        Set<E> result = new HashSet<>();
        for (String value : nonBlank(values)) {
            E parsed = code(type, field, value, problems);
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
