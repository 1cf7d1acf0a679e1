package nl.thuisbasis.region.domain;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;

/** Converts RFC 7946 GeoJSON geometries (WGS84 lon/lat) to and from JTS. */
public final class GeoJson {

    /** SRID 4326, coordinates in lon/lat order. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {
    }

    /** Geometry that cannot be read, with the message key (and arguments) that says why. */
    public static final class Unreadable extends IllegalArgumentException {

        private final String key;
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            // the message names the key only; the text is for people and comes from the bundles
            super("unreadable geometry: " + key);
            this.key = key;
            this.args = args;
        }

        /** Why, as a problem of the geometry of one row or feature of a file. */
        public Problem at(int row, String column) {
            return new Problem(column, row, key, java.util.Arrays.asList(args));
        }
    }

    /** @throws Unreadable when the geometry cannot be read */
    public static Geometry read(JsonNode geometry) {
        if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
            throw new Unreadable("import.geometry.missing");
        }
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Point" -> WGS84.createPoint(coordinate(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode polygon : coordinates) {
                    polygons.add(polygon(polygon));
                }
                yield WGS84.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new Unreadable("import.geometry.type", type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new Unreadable("import.geometry.noRings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return WGS84.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = coordinate(positions.get(i));
        }
        if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new Unreadable("import.geometry.ring");
        }
        return WGS84.createLinearRing(coordinates);
    }

    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new Unreadable("import.geometry.coordinate");
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new Unreadable("import.geometry.outside", Double.toString(lon), Double.toString(lat));
        }
        return new Coordinate(lon, lat);
    }

    /** Writes a JTS geometry as GeoJSON text with 6 decimals (about 0.1 m). */
    public static String write(Geometry geometry) {
        StringBuilder out = new StringBuilder(geometry.getNumPoints() * 24);
        switch (geometry) {
            case Point point -> {
                out.append("{\"type\":\"Point\",\"coordinates\":");
                position(out, point.getCoordinate());
            }
            case Polygon polygon -> {
                out.append("{\"type\":\"Polygon\",\"coordinates\":");
                polygon(out, polygon);
            }
            case MultiPolygon multi -> {
                out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (int i = 0; i < multi.getNumGeometries(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    polygon(out, (Polygon) multi.getGeometryN(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("unsupported geometry " + geometry.getGeometryType());
        }
        return out.append('}').toString();
    }

    private static void polygon(StringBuilder out, Polygon polygon) {
        out.append('[');
        ring(out, polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(',');
            ring(out, polygon.getInteriorRingN(i).getCoordinates());
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, Coordinate[] coordinates) {
        out.append('[');
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            position(out, coordinates[i]);
        }
        out.append(']');
    }

    private static void position(StringBuilder out, Coordinate c) {
        out.append('[').append(round(c.x)).append(',').append(round(c.y)).append(']');
    }

    private static String round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
