package nl.thuisbasis.siting;

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
final class SitingAccess {

    static final Set<Role> SCAN_ROLES = Set.of(Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.ADMIN);
    static final Set<Role> MODEL_ROLES = Set.of(Role.REGION_COORDINATOR, Role.ADMIN);

    private SitingAccess() {
    }

    static CurrentUser require(Set<Role> roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && roles.contains(user.role())) {
            return user;
        }
        throw new AccessDeniedException("Not allowed for this role");
    }

    static boolean has(Set<Role> roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user && roles.contains(user.role());
    }
}
