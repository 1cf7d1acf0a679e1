package nl.thuisbasis.siting.scan;

import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Location;
import nl.thuisbasis.siting.domain.ScanOutcome;
import nl.thuisbasis.siting.domain.ScoringModel;
import nl.thuisbasis.siting.notes.NeighbourhoodNote;

/**
 * The outcome of a scan with everything it rests on: the candidate, where it lies, the model version, the scored
 * indicators, the facilities within the radius (scan layer, no secret addresses) and the area's notes.
 */
public record ScanResult(Candidate request, Location location, Area area, String regionCode, ScoringModel model,
        ScanOutcome outcome, int radiusMetres, List<Facility> facilitiesInRadius, List<NeighbourhoodNote> notes,
        int regionAreas) {
}
