package nl.thuisbasis.outflow.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A candidate as the engine sees it: pseudonymous reference, since when urgency was granted, bedrooms needed, access
 * needs, the highest rent that fits (passend toewijzen, already derived from income and household), acceptable
 * municipalities in order of preference, excluded neighbourhoods, municipality of origin, the kind of placement, and
 * the vacancies of the round whose offer the candidate declined before (not proposed again).
 */
public record Candidate(String id, LocalDate urgencySince, int bedroomsNeeded, Set<Access> needs, int maxRent,
        List<String> municipalities, Set<String> excludedNeighbourhoods, String originMunicipality, String placementKind,
        Set<String> declinedVacancies) {

    public Candidate {
        needs = Set.copyOf(needs);
        municipalities = List.copyOf(municipalities);
        excludedNeighbourhoods = Set.copyOf(excludedNeighbourhoods);
        declinedVacancies = Set.copyOf(declinedVacancies);
    }

    /** A candidate who declined none of the vacancies of the round. */
    public Candidate(String id, LocalDate urgencySince, int bedroomsNeeded, Set<Access> needs, int maxRent,
            List<String> municipalities, Set<String> excludedNeighbourhoods, String originMunicipality, String placementKind) {
        this(id, urgencySince, bedroomsNeeded, needs, maxRent, municipalities, excludedNeighbourhoods, originMunicipality,
                placementKind, Set.of());
    }
}
