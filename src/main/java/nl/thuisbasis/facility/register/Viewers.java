package nl.thuisbasis.facility.register;

import nl.thuisbasis.facility.domain.Viewer;
import nl.thuisbasis.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Turns the logged-in user (or nobody) into a {@link Viewer} for the facility policies. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return new Viewer(user.role(), user.organisation().code(), user.organisation().municipalityCode());
        }
        return Viewer.PUBLIC;
    }
}
