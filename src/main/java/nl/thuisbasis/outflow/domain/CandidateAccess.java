package nl.thuisbasis.outflow.domain;

import java.util.Set;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.identity.Viewer;

/**
 * Who sees which candidate data (special-category personal data: need to know). The registering provider and the
 * deciding municipality see everything; a corporation sees only the minimal fields of a candidate proposed, offered or
 * housed for one of its own vacancies; region coordinators and administrators see aggregates only, never a candidate.
 */
public final class CandidateAccess {

    private CandidateAccess() {
    }

    /** How much of a candidate a viewer gets. */
    public enum Level { NONE, MINIMAL, FULL }


    /**
     * What the access depends on: the registering provider, the deciding municipality, and the corporations that have
     * the candidate proposed, offered or housed for one of their vacancies.
     */
    public record Subject(String providerCode, String decidingMunicipality, Set<String> linkedCorporations) {
    }

    public static Level level(Viewer viewer, Subject candidate) {
        if (viewer == null || viewer.role() == null) {
            return Level.NONE;
        }
        return switch (viewer.role()) {
            case PROVIDER -> viewer.organisationCode().equals(candidate.providerCode()) ? Level.FULL : Level.NONE;
            case MUNICIPALITY -> viewer.municipalityCode() != null
                    && viewer.municipalityCode().equals(candidate.decidingMunicipality()) ? Level.FULL : Level.NONE;
            case CORPORATION -> candidate.linkedCorporations().contains(viewer.organisationCode()) ? Level.MINIMAL : Level.NONE;
            case REGION_COORDINATOR, ADMIN -> Level.NONE;
        };
    }

    /** Only care-provider staff register clients for the scheme, for their own organisation. */
    public static boolean mayRegister(Viewer viewer) {
        return viewer != null && viewer.role() == Role.PROVIDER;
    }

    /** The registering provider keeps the data, confirms readiness and answers offers. */
    public static boolean isProvider(Viewer viewer, Subject candidate) {
        return viewer != null && viewer.role() == Role.PROVIDER && viewer.organisationCode().equals(candidate.providerCode());
    }

    /** The deciding municipality grants urgency and records exceptions to the eligibility rules. */
    public static boolean isDecidingMunicipality(Viewer viewer, Subject candidate) {
        return viewer != null && viewer.role() == Role.MUNICIPALITY && viewer.municipalityCode() != null
                && viewer.municipalityCode().equals(candidate.decidingMunicipality());
    }

    /** Who may see the monitor's aggregates: every logged-in member of a covenant partner. */
    public static boolean maySeeAggregates(Viewer viewer) {
        return viewer != null && viewer.role() != null;
    }

    /** Region rules, settings and contingents are set by region coordinators (and the administrator). */
    public static boolean keepsRegionRules(Viewer viewer) {
        return viewer != null && (viewer.role() == Role.REGION_COORDINATOR || viewer.role() == Role.ADMIN);
    }
}
