package nl.thuisbasis.siting.shared;

import java.util.Set;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may use the capacity scan: municipality officers, region coordinators and admins (the scan layer shows
 * addresses, and notes come from colleagues). Only coordinators and admins change the scoring model.
 */
public final class SitingAccess {

    public static final Set<Role> SCAN_ROLES = Set.of(Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.ADMIN);
    public static final Set<Role> MODEL_ROLES = Set.of(Role.REGION_COORDINATOR, Role.ADMIN);

    /** The purpose of every processing of the scan, the notes and the initiatives in the processing log. */
    public static final String PURPOSE = "purpose.siting.scan";

    private SitingAccess() {
    }

    public static CurrentUser require(Set<Role> roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && roles.contains(user.role())) {
            return user;
        }
        throw new AccessDeniedException("Not allowed for this role");
    }

    public static boolean has(Set<Role> roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user && roles.contains(user.role());
    }

    /** The municipality a user's view is limited to: a municipality officer's own; null (all) for the others. */
    public static String scope(CurrentUser user) {
        if (!SCAN_ROLES.contains(user.role())) {
            throw new AccessDeniedException("Not allowed");
        }
        return user.role() == Role.MUNICIPALITY ? user.organisation().municipalityCode() : null;
    }
}
