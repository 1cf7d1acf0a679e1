package nl.thuisbasis.oversight.location;

import java.util.Comparator;
import java.util.List;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * Municipalities in words for the oversight pages: a choice of the regions' municipalities by name (the value is the
 * code, never shown), and a code's name.
 */
@Component
public class MunicipalityNames {

    private final RegionCatalog regions;

    MunicipalityNames(RegionCatalog regions) {
        this.regions = regions;
    }

    /** The municipalities of every region, by name. */
    public List<Choice> choices() {
        List<String> codes = regions.regions().stream().flatMap(r -> r.municipalityCodes().stream()).distinct().toList();
        return regions.areas(codes).stream().sorted(Comparator.comparing(Area::name))
                .map(a -> new Choice(a.code(), a.name())).toList();
    }

    /** The name of a municipality, or an empty text when it is unknown. */
    public String nameOf(String code) {
        return code == null ? "" : regions.area(code).map(Area::name).orElse("");
    }

}
