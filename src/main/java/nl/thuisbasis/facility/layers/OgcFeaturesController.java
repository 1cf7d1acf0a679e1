package nl.thuisbasis.facility.layers;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.facility.layers.FacilityLayers.PublicArea;
import nl.thuisbasis.facility.layers.FacilityLayers.PublicLayer;
import nl.thuisbasis.facility.register.GeoJsonPoints;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * OGC API - Features (Part 1: Core) for the public layer, so GIS tools (QGIS, GDAL's OAPIF driver) can read it:
 * {@code facility-areas} (per PC4 area, small cells suppressed, at the PC4 centroid) and {@code public-facilities}
 * (the publicly listed facilities). Responses are serialised once per register revision and query, served as bytes
 * with a strong ETag; {@code If-None-Match} answers 304. The documents are published in Dutch, whatever the request's
 * language: one URL is one cached document. Errors are in the request's language.
 */
@RestController
@RequestMapping("/ogc")
class OgcFeaturesController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    /** The language of the published documents. */
    static final Locale LANGUAGE = Messages.DUTCH;

    private final FacilityLayers layers;
    private final JsonMapper json;
    private final Messages messages;
    private final OgcResponseCache cache;

    OgcFeaturesController(FacilityLayers layers, JsonMapper json, Messages messages, OgcResponseCache cache) {
        this.cache = cache;
        this.layers = layers;
        this.json = json;
        this.messages = messages;
    }

    /** The two collections of the public layer; their title and description are {@code facility.ogc.<id>.*}. */
    enum Collection {
        FACILITY_AREAS("facility-areas"),
        PUBLIC_FACILITIES("public-facilities");

        final String id;

        Collection(String id) {
            this.id = id;
        }

        static Collection of(String id) {
            for (Collection c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            return null;
        }
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> landing(HttpServletRequest request) {
        return cached(request, "landing", MediaType.APPLICATION_JSON, () -> {
            String base = base();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", text("facility.ogc.title"));
            body.put("description", text("facility.ogc.description") + " " + text("facility.ogc.attribution"));
            body.put("links", List.of(
                    link(base, "self", "application/json", text("facility.ogc.link.self")),
                    link(base + "/conformance", "conformance", "application/json", text("facility.ogc.link.conformance")),
                    link(base + "/collections", "data", "application/json", text("facility.ogc.link.collections"))));
            return body;
        });
    }

    @GetMapping("/conformance")
    ResponseEntity<byte[]> conformance(HttpServletRequest request) {
        return cached(request, "conformance", MediaType.APPLICATION_JSON, () -> Map.of("conformsTo", List.of(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")));
    }

    @GetMapping("/collections")
    ResponseEntity<byte[]> collections(HttpServletRequest request) {
        return cached(request, "collections", MediaType.APPLICATION_JSON, () -> {
            String base = base();
            List<Object> collections = new ArrayList<>();
            for (Collection c : Collection.values()) {
                collections.add(collection(base, c));
            }
            return Map.of("links", List.of(link(base + "/collections", "self", "application/json",
                    text("facility.ogc.link.collections"))),
                    "collections", collections);
        });
    }

    @GetMapping("/collections/{id}")
    ResponseEntity<byte[]> collection(@PathVariable String id, HttpServletRequest request) {
        Collection c = collectionOrThrow(id);
        return cached(request, "collection:" + id, MediaType.APPLICATION_JSON, () -> collection(base(), c));
    }

    @GetMapping("/collections/{id}/items")
    ResponseEntity<byte[]> items(@PathVariable String id, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
            @RequestParam(required = false) String f, HttpServletRequest request) {
        Collection c = collectionOrThrow(id);
        if (f != null && !f.equals("json") && !f.equals("geojson")) {
            throw Refused.badRequest(Problem.at("f", "facility.ogc.problem.format"));
        }
        // OGC API Features Core: an unknown parameter is an error (a typo must not silently return everything)
        OgcParameters.check(request.getParameterMap().keySet(), request.getParameter("datetime"));
        double[] box = parseBbox(bbox);
        int lim = parseInt(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int off = parseInt(offset, "offset", 0, 0, Integer.MAX_VALUE);
        String key = "items:" + id + ":" + (box == null ? "" : String.join(",", java.util.Arrays.stream(box)
                .mapToObj(Double::toString).toList())) + ":" + lim + ":" + off;
        return cached(request, key, GEO_JSON, () -> {
            List<Map<String, Object>> all = features(c, layers.publicLayer());
            List<Map<String, Object>> matched = box == null ? all : all.stream().filter(ft -> inside(ft, box)).toList();
            int from = Math.min(off, matched.size());
            List<Map<String, Object>> page = matched.subList(from, Math.min(matched.size(), from + lim));
            String self = base() + "/collections/" + id + "/items";
            String query = (bbox == null ? "" : "&bbox=" + bbox);
            List<Map<String, Object>> links = new ArrayList<>();
            links.add(link(self + "?f=json&limit=" + lim + "&offset=" + off + query, "self", GEO_JSON.toString(),
                    text("facility.ogc.link.self")));
            if (from + lim < matched.size()) {
                links.add(link(self + "?f=json&limit=" + lim + "&offset=" + (from + lim) + query, "next", GEO_JSON.toString(),
                        text("facility.ogc.link.next")));
            }
            if (from > 0) {
                links.add(link(self + "?f=json&limit=" + lim + "&offset=" + Math.max(0, from - lim) + query, "prev",
                        GEO_JSON.toString(), text("facility.ogc.link.prev")));
            }
            links.add(link(base() + "/collections/" + id, "collection", "application/json", title(c)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "FeatureCollection");
            body.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            body.put("numberMatched", matched.size());
            body.put("numberReturned", page.size());
            body.put("features", page);
            body.put("links", links);
            return body;
        });
    }

    @GetMapping("/collections/{id}/items/{featureId}")
    ResponseEntity<byte[]> item(@PathVariable String id, @PathVariable String featureId, HttpServletRequest request) {
        Collection c = collectionOrThrow(id);
        return cached(request, "item:" + id + ":" + featureId, GEO_JSON, () -> {
            Map<String, Object> feature = features(c, layers.publicLayer()).stream()
                    .filter(ft -> ft.get("id").equals(featureId)).findFirst()
                    .orElseThrow(() -> Refused.notFound(Problem.of("facility.ogc.problem.item", featureId, id)));
            Map<String, Object> body = new LinkedHashMap<>(feature);
            body.put("links", List.of(
                    link(base() + "/collections/" + id + "/items/" + featureId, "self", GEO_JSON.toString(),
                            text("facility.ogc.link.item")),
                    link(base() + "/collections/" + id, "collection", "application/json", title(c))));
            return body;
        });
    }

    private List<Map<String, Object>> features(Collection c, PublicLayer layer) {
        List<Map<String, Object>> features = new ArrayList<>();
        if (c == Collection.FACILITY_AREAS) {
            for (PublicArea area : layer.areas()) {
                if (area.lon() == null) {
                    continue; // a PC4 newer than the centroid data: counted in the table, not placeable on a map
                }
                var figures = area.figures();
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("pc4", figures.pc4());
                properties.put("place", area.place());
                properties.put("municipalityCode", figures.municipalityCode());
                properties.put("suppressed", figures.suppressed());
                properties.put("facilitiesText", figures.suppressed() ? text("facility.fewerThan3")
                        : Integer.toString(figures.facilities()));
                if (!figures.suppressed()) {
                    properties.put("facilities", figures.facilities());
                    properties.put("shelter", figures.perCategory().get(FacilityCategory.SHELTER));
                    properties.put("protectedHousing", figures.perCategory().get(FacilityCategory.PROTECTED_HOUSING));
                    properties.put("supportedLiving", figures.perCategory().get(FacilityCategory.SUPPORTED_LIVING));
                    properties.put("other", figures.perCategory().get(FacilityCategory.OTHER));
                    properties.put("capacityRounded", figures.capacityRounded());
                }
                features.add(GeoJsonPoints.feature(figures.pc4(), area.lon(), area.lat(), properties));
            }
        } else {
            for (Facility f : layer.facilities()) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("name", f.name());
                properties.put("type", f.type().name());
                properties.put("typeLabel", text("facility.type." + f.type().name()));
                properties.put("category", f.category().name());
                properties.put("status", f.status().name());
                properties.put("address", f.addressLine());
                properties.put("place", f.place());
                properties.put("municipalityCode", f.municipalityCode());
                properties.put("publicContact", f.publicContact() == null ? "" : f.publicContact());
                features.add(GeoJsonPoints.feature(f.id().toString(), f.lon(), f.lat(), properties));
            }
        }
        return features;
    }


    @SuppressWarnings("unchecked")
    private static boolean inside(Map<String, Object> feature, double[] box) {
        List<Double> c = (List<Double>) ((Map<String, Object>) feature.get("geometry")).get("coordinates");
        return c.get(0) >= box[0] && c.get(0) <= box[2] && c.get(1) >= box[1] && c.get(1) <= box[3];
    }

    private Map<String, Object> collection(String base, Collection c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id);
        body.put("title", title(c));
        body.put("description", text("facility.ogc." + c.id + ".description") + " " + text("facility.ogc.attribution"));
        body.put("itemType", "feature");
        body.put("crs", List.of(CRS84));
        body.put("extent", Map.of("spatial", Map.of("bbox", List.of(List.of(3.2, 50.7, 7.3, 53.6)), "crs", CRS84)));
        body.put("links", List.of(
                link(base + "/collections/" + c.id, "self", "application/json", title(c)),
                link(base + "/collections/" + c.id + "/items?f=json", "items", GEO_JSON.toString(), title(c))));
        return body;
    }

    private String title(Collection c) {
        return text("facility.ogc." + c.id + ".title");
    }

    /** A text of the published documents: always in {@link #LANGUAGE}. */
    private String text(String key) {
        return messages.text(LANGUAGE, key);
    }

    private static Map<String, Object> link(String href, String rel, String type, String title) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
        return link;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").build().toUriString();
    }

    private ResponseEntity<byte[]> cached(HttpServletRequest request, String key, MediaType type,
            java.util.function.Supplier<Object> body) {
        String url = OgcResponseCache.key(request);
        OgcResponseCache.Entry entry = cache.get(url);
        if (entry == null) {
            long revision = layers.revision();
            byte[] bytes = json.writeValueAsBytes(body.get());
            entry = new OgcResponseCache.Entry(bytes, type, "\"r" + revision + "-" + sha(bytes) + "\"", revision);
            cache.put(url, entry);
        }
        CacheControl cacheControl = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(entry.etag()) || ifNoneMatch.trim().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(entry.etag()).cacheControl(cacheControl).build();
        }
        return ResponseEntity.ok().contentType(entry.type()).eTag(entry.etag()).cacheControl(cacheControl)
                .header("Access-Control-Allow-Origin", "*").body(entry.body());
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Collection collectionOrThrow(String id) {
        Collection c = Collection.of(id);
        if (c == null) {
            throw Refused.notFound(Problem.of("facility.ogc.problem.collection", id));
        }
        return c;
    }

    private static double[] parseBbox(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw Refused.badRequest(Problem.at("bbox", "facility.ogc.problem.bbox.count"));
        }
        double[] box = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw Refused.badRequest(Problem.at("bbox", "facility.ogc.problem.bbox.number"));
        }
        if (box[0] > box[2] || box[1] > box[3]) {
            throw Refused.badRequest(Problem.at("bbox", "facility.ogc.problem.bbox.order"));
        }
        return box;
    }

    private static int parseInt(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Refused.badRequest(Problem.at(name, "facility.ogc.problem.integer", name));
        }
        if (parsed < min || parsed > max) {
            throw Refused.badRequest(Problem.at(name, "facility.ogc.problem.range", name, min, max));
        }
        return parsed;
    }

    /** A request OGC clients cannot be answered: problem+json with the OGC-style code and description. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Refused.class)
    ResponseEntity<byte[]> handle(Refused refused) {
        HttpStatus status = HttpStatus.valueOf(refused.status());
        String description = String.join(" ", messages.texts(refused.problems()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("code", status.getReasonPhrase());
        body.put("description", description);
        body.put("detail", description);
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("application/problem+json"))
                .body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
