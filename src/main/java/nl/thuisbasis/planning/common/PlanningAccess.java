package nl.thuisbasis.planning.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import org.springframework.stereotype.Component;

/**
 * Who may read and write what in the ambition, bids, commitments and realisation, the region a user plans for, the
 * current year of the planning horizon and the municipalities' names.
 */
@Component
public class PlanningAccess {

    /** The roles that read the planning. */
    public static final Set<Role> READERS = EnumSet.of(Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.CORPORATION, Role.ADMIN);
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final RegionCatalog catalog;
    private final RegionProperties properties;
    private final Clock clock;

    PlanningAccess(RegionCatalog catalog, RegionProperties properties, Optional<Clock> clock) {
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock.orElse(Clock.system(ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public int currentYear() {
        return today().getYear();
    }

    /** A logged-in user with a planning role, or 403. */
    public CurrentUser reader(CurrentUser user) {
        if (user == null || !READERS.contains(user.role())) {
            throw Refused.forbidden(Problem.of("planning.problem.role.read"));
        }
        return user;
    }

    /** A logged-in user with this role, or 403 with the message key given. */
    public CurrentUser role(CurrentUser user, Role role, String key) {
        if (reader(user).role() != role) {
            throw Refused.forbidden(Problem.of(key));
        }
        return user;
    }

    /**
     * The region a user plans for: a region coordinator's own (organisation {@code regio-<region>}), a municipality's,
     * otherwise the demo region, otherwise the first.
     */
    public Region regionFor(CurrentUser user) {
        String org = user == null ? null : user.organisationCode();
        if (user != null && user.role() == Role.REGION_COORDINATOR && org != null && org.startsWith("regio-")) {
            Optional<Region> own = catalog.region(org.substring("regio-".length()));
            if (own.isPresent()) {
                return own.get();
            }
        }
        String gm = user == null || user.organisation() == null ? null : user.organisation().municipalityCode();
        return catalog.regions().stream().filter(r -> gm != null && r.municipalityCodes().contains(gm)).findFirst()
                .or(() -> catalog.region(properties.demoRegion() == null ? "" : properties.demoRegion()))
                .or(() -> catalog.regions().stream().findFirst())
                .orElseThrow(Refused::notFound);
    }

    /** The region named, or the user's own when none is named; an unknown one is refused (422). */
    public Region region(String code, CurrentUser user, String refusal) {
        if (code == null || code.isBlank()) {
            return regionFor(user);
        }
        return catalog.region(code.trim()).orElseThrow(() -> Refused.invalid(refusal,
                Problem.at("region", "planning.problem.region.unknown", code)));
    }

    /** The municipalities of a region by name: code -> name. */
    public Map<String, String> municipalityNames(Region region) {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.areas(region.municipalityCodes()).stream()
                .sorted(java.util.Comparator.comparing(Area::name)).forEach(a -> names.put(a.code(), a.name()));
        region.municipalityCodes().forEach(c -> names.putIfAbsent(c, c));
        return names;
    }

    public List<Choice> municipalityChoices(Region region) {
        return municipalityNames(region).entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    /** The years of the planning horizon: this year and the nine after it. */
    public List<Integer> years() {
        int first = currentYear();
        return java.util.stream.IntStream.range(first, first + nl.thuisbasis.planning.domain.PlanningRules.HORIZON).boxed().toList();
    }
}
