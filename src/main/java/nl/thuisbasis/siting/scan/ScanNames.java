package nl.thuisbasis.siting.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * Words, not codes, for a scan's page and PDF: the municipality's and region's names, the name of the person who saved
 * it and of their organisation (and of the organisations of its neighbourhood notes), and the short reference people
 * read aloud.
 */
@Component
class ScanNames {

    private final RegionCatalog regions;
    private final People people;
    private final Organisations organisations;

    ScanNames(RegionCatalog regions, People people, Organisations organisations) {
        this.regions = regions;
        this.people = people;
        this.organisations = organisations;
    }

    /** The names as model or template variables. */
    Map<String, Object> of(ScanResponse scan) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("municipalityName", regions.area(scan.municipalityCode()).map(Area::name).orElse(""));
        names.put("regionName", scan.regionCode() == null ? "" : regions.region(scan.regionCode()).map(Region::name).orElse(""));
        names.put("createdByName", people.nameOf(scan.createdBy()));
        names.put("organisationName", scan.organisation() == null ? null : organisations.nameOf(scan.organisation()));
        names.put("reference", SavedScans.reference(scan.id()));
        Map<String, String> noteOrganisations = new LinkedHashMap<>();
        scan.notes().forEach(n -> noteOrganisations.computeIfAbsent(String.valueOf(n.organisation()), organisations::nameOf));
        names.put("noteOrganisations", noteOrganisations);
        return names;
    }
}
