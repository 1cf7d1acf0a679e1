package nl.thuisbasis.siting.scan;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.Location;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.SitingProperties;
import nl.thuisbasis.siting.domain.Distances;
import nl.thuisbasis.siting.domain.ScanOutcome;
import nl.thuisbasis.siting.domain.Scoring;
import nl.thuisbasis.siting.domain.ScoringModel;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.indicator.RegionReference;
import nl.thuisbasis.siting.model.ScoringModels;
import nl.thuisbasis.siting.notes.Notes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the capacity scan: finds the candidate's neighbourhood and region, gathers every indicator from every
 * source for the candidate and for all neighbourhoods of the region (the reference distribution), and scores.
 */
@Service
public class Scans {

    /** The API problem code of a scan that cannot be run. */
    public static final String REFUSED = "scan-refused";
    static final int MAX_CAPACITY = 2000;

    private final GeoLookup geo;
    private final RegionCatalog catalog;
    private final Indicators indicators;
    private final ScoringModels models;
    private final FacilityRegister facilities;
    private final Notes notes;
    private final SitingProperties properties;

    Scans(GeoLookup geo, RegionCatalog catalog, Indicators indicators, ScoringModels models, FacilityRegister facilities,
            Notes notes, SitingProperties properties) {
        this.geo = geo;
        this.catalog = catalog;
        this.indicators = indicators;
        this.models = models;
        this.facilities = facilities;
        this.notes = notes;
        this.properties = properties;
    }

    /** What is wrong with a candidate as entered (a missing point, type or capacity); empty when it can be scanned. */
    public List<Problem> problems(Double lon, Double lat, FacilityType type, Integer capacity) {
        List<Problem> problems = new ArrayList<>();
        if (lon == null || lat == null) {
            problems.add(Problem.at(lon == null ? "lon" : "lat", "siting.problem.point"));
        }
        if (type == null) {
            problems.add(Problem.at("type", "siting.problem.type"));
        }
        if (capacity == null) {
            problems.add(Problem.at("capacity", "siting.problem.capacity.missing"));
        } else if (capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add(Problem.at("capacity", "siting.problem.capacity.range"));
        }
        return problems;
    }

    /**
     * Scans a candidate.
     *
     * @throws Refused {@value #REFUSED} when the candidate cannot be scanned: a capacity out of range, a point outside
     *                 the known municipalities or regions
     */
    @Transactional
    public ScanResult scan(Candidate candidate) {
        Refused.unless(problems(candidate.lon(), candidate.lat(), candidate.facilityType(), candidate.capacity()), REFUSED);
        Location location = geo.locate(candidate.lon(), candidate.lat());
        if (location.municipalityCode() == null) {
            throw Refused.invalid(REFUSED, Problem.at("lon", "siting.problem.point.outside"));
        }
        Region region = catalog.regions().stream().filter(r -> r.municipalityCodes().contains(location.municipalityCode()))
                .findFirst().orElseThrow(() -> Refused.invalid(REFUSED, Problem.at("lon", "siting.problem.point.no-region")));
        Area area = catalog.area(location.finestCode()).orElseThrow(() -> Refused.invalid(REFUSED,
                Problem.at("lon", "siting.problem.area.unknown")));
        ScoringModel model = models.current(region.code());
        RegionReference reference = indicators.reference(region);
        ScanPlace place = new ScanPlace(area.code(), candidate.lon(), candidate.lat(), candidate.capacity());
        ScanOutcome outcome = Scoring.score(model, indicators.values(List.of(place)).getFirst(), reference.distributions());
        return new ScanResult(candidate, location, area, region.code(), model, outcome, properties.radiusMetres(),
                within(candidate.lon(), candidate.lat()), notes.forArea(area.code()), reference.places().size());
    }

    private List<Facility> within(double lon, double lat) {
        return facilities.forCapacityScan().stream()
                .filter(f -> Distances.metres(lon, lat, f.lon(), f.lat()) <= properties.radiusMetres())
                .toList();
    }
}
