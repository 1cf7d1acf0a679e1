package nl.thuisbasis.facility.domain;

import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.identity.Role;

/**
 * Who sees and changes which facility. A secret address (for example a shelter for victims of domestic
 * violence) is seen only by its own provider and the administrator; it counts only in municipality totals.
 */
public final class FacilityAccess {

    private FacilityAccess() {
    }

    /** The map layer a viewer gets. */
    public static Layer layerOf(Viewer viewer) {
        if (viewer.anonymous()) {
            return Layer.PUBLIC;
        }
        return switch (viewer.role()) {
            case PROVIDER, CORPORATION -> Layer.PROVIDER;
            case MUNICIPALITY, REGION_COORDINATOR, ADMIN -> Layer.SCAN;
        };
    }

    public static Visibility visibility(Viewer viewer, Facility facility) {
        if (facility.secretAddress()) {
            return viewer.is(Role.ADMIN) || ownProvider(viewer, facility) ? Visibility.FULL : Visibility.NONE;
        }
        if (ownProvider(viewer, facility)) {
            return Visibility.FULL;
        }
        return switch (layerOf(viewer)) {
            case SCAN -> Visibility.FULL;
            // Ideas are not shared beyond the people who weigh them until they become a plan.
            case PROVIDER -> facility.status() == FacilityStatus.IDEA ? Visibility.NONE : Visibility.AREA;
            case PUBLIC -> publiclyShown(facility) ? Visibility.PUBLIC : Visibility.NONE;
        };
    }

    /** A publicly listed facility that is planned, being realised or in use appears as a point on the public map. */
    public static boolean publiclyShown(Facility facility) {
        return facility.publiclyListed() && !facility.secretAddress()
                && facility.status() != FacilityStatus.IDEA && facility.status() != FacilityStatus.CLOSED;
    }

    /** Whether the viewer may change or remove this facility. */
    public static boolean mayEdit(Viewer viewer, Facility facility) {
        if (visibility(viewer, facility) != Visibility.FULL) {
            return false;
        }
        return mayRegister(viewer, facility.providerCode(), facility.municipalityCode());
    }

    /**
     * Whether the viewer may register a facility of this provider in this municipality: a provider its own,
     * a municipality those within its borders, region coordinators and administrators all.
     */
    public static boolean mayRegister(Viewer viewer, String providerCode, String municipalityCode) {
        if (viewer.anonymous()) {
            return false;
        }
        return switch (viewer.role()) {
            case ADMIN, REGION_COORDINATOR -> true;
            case MUNICIPALITY -> municipalityCode != null && municipalityCode.equals(viewer.municipalityCode());
            case PROVIDER -> providerCode != null && providerCode.equals(viewer.organisationCode());
            case CORPORATION -> false;
        };
    }

    /** Whether the viewer may register facilities at all (shows the "new facility" action). */
    public static boolean mayRegisterAny(Viewer viewer) {
        return !viewer.anonymous() && viewer.role() != Role.CORPORATION;
    }

    /**
     * Whether the viewer may give a facility of this provider a secret address: only who will still see it afterwards
     * (its own provider, the administrator). Anyone else would lose sight of what they registered and could not
     * correct it.
     */
    public static boolean maySetSecret(Viewer viewer, String providerCode) {
        return viewer.is(Role.ADMIN) || viewer.is(Role.PROVIDER) && providerCode != null
                && providerCode.equals(viewer.organisationCode());
    }

    private static boolean ownProvider(Viewer viewer, Facility facility) {
        return viewer.is(Role.PROVIDER) && facility.providerCode().equals(viewer.organisationCode());
    }
}
