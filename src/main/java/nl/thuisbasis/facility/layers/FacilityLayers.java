package nl.thuisbasis.facility.layers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegisterChanged;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.PublicAggregation;
import nl.thuisbasis.facility.domain.PublicAggregation.AreaFigures;
import nl.thuisbasis.facility.domain.PublicAggregation.MunicipalityFigures;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.PostcodeArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public layer, computed once per change of the register: PC4 figures with small-cell suppression,
 * the publicly listed facilities, and municipality totals. {@link #revision()} changes with every change,
 * so callers can cache what they derive from it (serialised responses, ETags).
 */
@Service
public class FacilityLayers {

    /** One PC4 area of the public layer, placed at the PC4 centroid (null for a PC4 newer than the centroid data). */
    public record PublicArea(AreaFigures figures, String place, Double lon, Double lat) {
    }

    public record PublicLayer(long revision, List<PublicArea> areas, List<Facility> facilities,
            List<MunicipalityFigures> municipalities) {
    }

    private final FacilityService service;
    private final GeoLookup geo;
    private volatile long revision = 1;
    private volatile PublicLayer current;

    FacilityLayers(FacilityService service, GeoLookup geo) {
        this.service = service;
        this.geo = geo;
    }

    public long revision() {
        return revision;
    }

    public PublicLayer publicLayer() {
        PublicLayer layer = current;
        if (layer == null || layer.revision() != revision) {
            synchronized (this) {
                layer = current;
                if (layer == null || layer.revision() != revision) {
                    layer = compute(revision);
                    current = layer;
                }
            }
        }
        return layer;
    }

    /** The public layer restricted to some municipalities (all when the list is empty). */
    public PublicLayer publicLayer(Collection<String> municipalityCodes) {
        PublicLayer all = publicLayer();
        if (municipalityCodes.isEmpty()) {
            return all;
        }
        return new PublicLayer(all.revision(),
                all.areas().stream().filter(a -> municipalityCodes.contains(a.figures().municipalityCode())).toList(),
                all.facilities().stream().filter(f -> municipalityCodes.contains(f.municipalityCode())).toList(),
                all.municipalities().stream().filter(m -> municipalityCodes.contains(m.municipalityCode())).toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(FacilityRegisterChanged event) {
        revision++;
    }

    private PublicLayer compute(long forRevision) {
        return compute(forRevision, service.allForAggregates());
    }

    private PublicLayer compute(long forRevision, List<Facility> all) {
        List<AreaFigures> figures = PublicAggregation.perPostcodeArea(all);
        Map<String, PostcodeArea> centroids = geo.postcodeAreas(figures.stream().map(AreaFigures::pc4).toList())
                .stream().collect(Collectors.toMap(PostcodeArea::pc4, Function.identity()));
        List<PublicArea> areas = figures.stream()
                .map(f -> {
                    PostcodeArea pc = centroids.get(f.pc4());
                    return pc == null ? new PublicArea(f, null, null, null)
                            : new PublicArea(f, pc.place(), pc.lon(), pc.lat());
                })
                .toList();
        List<Facility> listed = all.stream().filter(FacilityAccess::publiclyShown).toList();
        return new PublicLayer(forRevision, areas, listed, PublicAggregation.perMunicipality(all));
    }
}
