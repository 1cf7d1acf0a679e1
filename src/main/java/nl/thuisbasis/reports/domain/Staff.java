package nl.thuisbasis.reports.domain;

import java.util.Set;
import nl.thuisbasis.identity.Role;

/** Who handles reports: providers, municipalities and the region; who keeps routing rules: municipalities and the region. */
public final class Staff {

    /** The purpose of every processing of report data by staff, as the processing log records it. */
    public static final String PURPOSE = "purpose.reports.handling";

    private static final Set<Role> HANDLING = Set.of(Role.PROVIDER, Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.ADMIN);

    private Staff() {
    }

    public static boolean handlesReports(Role role) {
        return HANDLING.contains(role);
    }

    public static boolean keepsRules(Role role) {
        return role == Role.MUNICIPALITY || role == Role.REGION_COORDINATOR || role == Role.ADMIN;
    }
}
