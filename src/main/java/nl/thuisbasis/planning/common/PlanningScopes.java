package nl.thuisbasis.planning.common;

import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a planning scope is (a region, or the whole country) and who may do what: municipal officers, corporations,
 * region coordinators and administrators read; the region's coordinator and administrators keep parameters and run
 * analyses; only administrators run the national analysis.
 */
@Component
public class PlanningScopes {

    /** The code of the national scope: every municipality of the country in one pool. */
    public static final String NATIONAL = "nederland";

    private final RegionCatalog catalog;
    private final RegionProperties regions;
    private final PlanningAccess access;

    PlanningScopes(RegionCatalog catalog, RegionProperties regions, PlanningAccess access) {
        this.catalog = catalog;
        this.regions = regions;
        this.access = access;
    }

    /** A scope: its code, name and municipalities with their households. */
    public record Scope(String code, String name, List<MunicipalitySummary> municipalities) {

        public boolean national() {
            return NATIONAL.equals(code);
        }

        public List<String> codes() {
            return municipalities.stream().map(MunicipalitySummary::code).toList();
        }
    }

    public Scope scope(String code) {
        if (NATIONAL.equals(code)) {
            int all = (int) catalog.countMunicipalities(null);
            return new Scope(NATIONAL, "Nederland", catalog.municipalities(null, all, 0));
        }
        Region region = catalog.region(code).orElseThrow(() -> Refused.notFound(
                Problem.at("region", "planning.problem.region.unknown", String.valueOf(code))));
        return new Scope(region.code(), region.name(),
                catalog.municipalities(region.municipalityCodes(), region.municipalityCodes().size(), 0));
    }

    /** The region whose register the demo data fills (the national defaults are scaled from it). */
    public String demoRegion() {
        return regions.demoRegion();
    }

    public List<Region> regions() {
        return catalog.regions();
    }

    /** The region a user plans for (one rule for the whole module: {@link PlanningAccess#regionFor}). */
    public String regionFor(CurrentUser user) {
        return access.regionFor(user).code();
    }

    public static void mayRead(CurrentUser user) {
        if (user == null || !PlanningAccess.READERS.contains(user.role())) {
            throw new AccessDeniedException("capacity planning is read by municipalities, corporations and the region");
        }
    }

    /** Region coordinators keep their own region's planning, administrators every region's and the national one. */
    public void mayKeep(CurrentUser user, String regionCode) {
        boolean admin = user != null && user.hasRole(Role.ADMIN);
        boolean coordinator = user != null && user.hasRole(Role.REGION_COORDINATOR) && !NATIONAL.equals(regionCode)
                && regionFor(user).equals(regionCode);
        if (!admin && !coordinator) {
            throw new AccessDeniedException("planning parameters and runs are kept by the region's coordinator");
        }
    }
}
