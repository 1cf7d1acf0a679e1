package nl.thuisbasis.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.region.area.AreaRepository;
import nl.thuisbasis.region.cbsimport.CbsDataImported;
import nl.thuisbasis.region.domain.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Point and postcode lookups for other modules: which neighbourhood, district and municipality a
 * WGS84 point lies in (an in-memory STR-tree over the area polygons, rebuilt after each import), and
 * which municipality a PC4 postcode belongs to.
 */
@Service
public class GeoLookup {

    private final AreaRepository areas;
    private final JsonMapper json;
    private volatile STRtree index;
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    GeoLookup(AreaRepository areas, JsonMapper json) {
        this.areas = areas;
        this.json = json;
    }

    private record Indexed(String code, AreaLevel level, PreparedGeometry geometry) {
    }

    /** The areas that contain the point (lon/lat in WGS84). */
    public Location locate(double lon, double lat) {
        Point point = GeoJson.WGS84.createPoint(new Coordinate(lon, lat));
        String municipality = null;
        String district = null;
        String neighbourhood = null;
        for (Object hit : index().query(point.getEnvelopeInternal())) {
            Indexed area = (Indexed) hit;
            if (!area.geometry().covers(point)) {
                continue;
            }
            switch (area.level()) {
                case MUNICIPALITY -> municipality = area.code();
                case DISTRICT -> district = area.code();
                case NEIGHBOURHOOD -> neighbourhood = area.code();
            }
        }
        // Areas come from different years and generalisations; the codes are the authority on nesting.
        if (neighbourhood != null) {
            district = "WK" + neighbourhood.substring(2, 8);
            municipality = AreaLevel.municipalityCodeOf(neighbourhood);
        } else if (district != null) {
            municipality = AreaLevel.municipalityCodeOf(district);
        }
        return new Location(municipality, district, neighbourhood);
    }

    /** The municipality (GM code) of a 4-digit postcode, if known. */
    public Optional<String> municipalityOfPostcode(String pc4) {
        if (pc4 == null || !pc4.matches("\\d{4}")) {
            return Optional.empty();
        }
        return areas.municipalityOfPostcode(pc4);
    }

    /** The known PC4 areas among these codes (place and centroid), ordered by code. */
    public List<PostcodeArea> postcodeAreas(java.util.Collection<String> pc4s) {
        return areas.postcodeAreas(pc4s);
    }

    /** A point guaranteed to lie inside the area (JTS interior point), as lon/lat; empty for an unknown area. */
    public Optional<org.locationtech.jts.geom.Coordinate> interiorPoint(String areaCode) {
        return areas.geometry(areaCode).map(text -> GeoJson.read(json.readTree(text)).getInteriorPoint().getCoordinate());
    }

    /** Changes whenever imported CBS data changes; callers cache what they derive from areas and figures by it. */
    public long revision() {
        return revision.get();
    }

    /** Drops the index so the next lookup sees newly imported geometry. */
    @EventListener(CbsDataImported.class)
    void invalidate() {
        revision.incrementAndGet();
        index = null;
    }

    private STRtree index() {
        STRtree current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = build();
                    index = current;
                }
            }
        }
        return current;
    }

    private STRtree build() {
        STRtree tree = new STRtree();
        List<Indexed> all = new ArrayList<>();
        areas.forEachGeometry((code, level, geoJson) -> {
            Geometry geometry = GeoJson.read(json.readTree(geoJson));
            all.add(new Indexed(code, level, PreparedGeometryFactory.prepare(geometry)));
            tree.insert(geometry.getEnvelopeInternal(), all.getLast());
        });
        tree.build();
        return tree;
    }
}
