package nl.thuisbasis.outflow.common;

import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import org.springframework.security.access.AccessDeniedException;

/** Who is looking, as the access policy ({@link CandidateAccess}) sees them, and the checks every feature shares. */
public final class OutflowAccess {

    /** Why region coordinators and administrators get a 403 on records of candidates, offers and tenancies. */
    public static final String AGGREGATES_ONLY = "region coordinators and administrators see aggregates only";

    /** What the processing log says every read or step of candidate data is for. */
    public static final String PURPOSE = "purpose.outflow.priority-scheme";

    private OutflowAccess() {
    }

    public static Viewer viewer(CurrentUser user) {
        return user == null ? null
                : user.viewer();
    }

    /** Region rules, settings and contingents are kept by region coordinators and administrators. */
    public static void keeper(CurrentUser user) {
        if (!CandidateAccess.keepsRegionRules(viewer(user))) {
            throw new AccessDeniedException("region rules are kept by region coordinators and administrators");
        }
    }

    /** The API's user, or 403 without one. */
    public static CurrentUser login(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
