package nl.thuisbasis.trajectory.domain;

import nl.thuisbasis.identity.Role;
import nl.thuisbasis.identity.Viewer;

/**
 * Who sees a client's trajectory (special-category personal data: need to know). For now only the staff of the care
 * provider that registered the client; sharing with other organisations comes with the client's consent. Everyone
 * else, the region coordinator and the administrator included, sees no trajectory and no count that could single one
 * out.
 */
public final class TrajectoryAccess {

    private TrajectoryAccess() {
    }

    /** Care-provider staff register clients, for their own organisation. */
    public static boolean mayRegister(Viewer viewer) {
        return viewer != null && viewer.role() == Role.PROVIDER && viewer.organisationCode() != null;
    }

    /** Whether the viewer may read and work on a trajectory owned by {@code providerCode}. */
    public static boolean mayWork(Viewer viewer, String providerCode) {
        return mayRegister(viewer) && viewer.organisationCode().equals(providerCode);
    }

    /**
     * Whether the viewer can be a partner a client shares with (decision 0016): the staff of another care provider, a
     * housing corporation or a municipality. The region coordinator and the administrator never see a client.
     */
    public static boolean mayReceive(Viewer viewer) {
        return viewer != null && viewer.organisationCode() != null
                && (viewer.role() == Role.PROVIDER || viewer.role() == Role.CORPORATION || viewer.role() == Role.MUNICIPALITY);
    }
}
