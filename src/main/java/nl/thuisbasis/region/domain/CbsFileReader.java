package nl.thuisbasis.region.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import nl.thuisbasis.region.AreaLevel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CBS CSV or GeoJSON file completely and checks every row or feature before anything is
 * stored: unknown or missing columns, malformed or duplicate codes, non-numeric figures, a year
 * that does not match, invalid geometry. Messages are Dutch because they go to the admin as is.
 */
public final class CbsFileReader {

    /** CBS's own "no value" codes; suppressed cells are kept as missing. */
    private static final Set<String> MISSING = Set.of("", ".", "-99999999", "-99999997", "-99999995", "NA", "null");
    private static final int MAX_PROBLEMS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<CbsRecord> records = new ArrayList<>();
    private final Set<String> seenCodes = new HashSet<>();
    private final List<ImportProblem> repairs = new ArrayList<>();
    private final int year;
    private final boolean repairGeometry;
    private CbsShape shape;

    private CbsFileReader(int year, boolean repairGeometry) {
        this.year = year;
        this.repairGeometry = repairGeometry;
    }

    /**
     * @param progress told how many rows or features have been read, now and then
     */
    public static CbsFile read(String fileName, InputStream content, int year, IntConsumer progress) throws IOException {
        return read(fileName, content, year, false, progress);
    }

    /**
     * @param repairGeometry repair polygons that break OGC validity rules (self-intersections, holes outside
     *     their shell, as generalised boundary files often have) instead of rejecting them; each repair is
     *     reported in {@link CbsFile#repairs()}. Unreadable geometry is always rejected.
     */
    public static CbsFile read(String fileName, InputStream content, int year, boolean repairGeometry,
            IntConsumer progress) throws IOException {
        CbsFileReader reader = new CbsFileReader(year, repairGeometry);
        BufferedInputStream in = new BufferedInputStream(content);
        if (looksLikeJson(fileName, in)) {
            reader.readGeoJson(in, progress);
        } else {
            reader.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8), progress);
        }
        List<CbsRecord> records = reader.problems.isEmpty() ? List.copyOf(reader.records) : List.of();
        return new CbsFile(reader.shape, year, records, List.copyOf(reader.problems), List.copyOf(reader.repairs));
    }

    private static boolean looksLikeJson(String fileName, BufferedInputStream in) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        in.mark(64);
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        in.reset();
        return c == '{';
    }

    private void readCsv(Reader reader, IntConsumer progress) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(CbsFileReader::stripBom).toList();
            if (!checkColumns(header)) {
                return;
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    problem(line, null, null, "de regel heeft " + row.size() + " velden, de kop " + header.size());
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), row.get(i));
                }
                readRecord(line, values, null, null);
                if (line % 250 == 0) {
                    progress.accept(line);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problem(line, null, null, "meer dan " + MAX_PROBLEMS + " fouten; het lezen is gestopt");
                    return;
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(ImportProblem.ofFile("het CSV-bestand kan niet worden gelezen: " + e.getMessage()));
        }
    }

    private void readGeoJson(InputStream in, IntConsumer progress) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            problems.add(ImportProblem.ofFile("het bestand is geen geldige JSON: " + e.getOriginalMessage()));
            return;
        }
        if (!"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            problems.add(ImportProblem.ofFile("het bestand is geen GeoJSON FeatureCollection"));
            return;
        }
        JsonNode features = root.path("features");
        Set<String> columns = new HashSet<>();
        for (JsonNode feature : features) {
            columns.addAll(feature.path("properties").propertyNames());
        }
        if (!checkColumns(new ArrayList<>(columns))) {
            return;
        }
        int position = 0;
        for (JsonNode feature : features) {
            position++;
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : feature.path("properties").properties()) {
                values.put(property.getKey(), property.getValue());
            }
            readRecord(position, values, feature.get("geometry"), feature);
            if (position % 100 == 0) {
                progress.accept(position);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problem(position, null, null, "meer dan " + MAX_PROBLEMS + " fouten; het lezen is gestopt");
                return;
            }
        }
    }

    private boolean checkColumns(List<String> columns) {
        shape = CbsShape.detect(columns);
        if (shape == null) {
            problems.add(ImportProblem.ofFile("onbekende kolomindeling; verwacht een CBS-bestand met bijvoorbeeld "
                    + "'buurtcode', 'gemeentecode' en 'gemeentenaam', of 'code' en 'name'. Gevonden: " + columns));
            return false;
        }
        for (String required : shape.requiredColumns()) {
            if (!columns.contains(required)) {
                problems.add(new ImportProblem(1, null, required, "verplichte kolom '" + required + "' ontbreekt"));
            }
        }
        for (String column : columns) {
            if (!shape.knows(column)) {
                problems.add(new ImportProblem(1, null, column, "onbekende kolom '" + column + "'"));
            }
        }
        return problems.isEmpty();
    }

    private void readRecord(int position, Map<String, Object> values, JsonNode geometryNode, JsonNode feature) {
        int before = problems.size();
        String code = text(values.get(shape.codeColumn()));
        AreaLevel level = levelOf(code, text(values.get("soort")));
        if (level == null) {
            problem(position, code, shape.codeColumn(), code.isEmpty() ? "code ontbreekt"
                    : "'" + code + "' is geen geldige CBS-code" + expectedLevel());
            return;
        }
        if (!seenCodes.add(code)) {
            problem(position, code, shape.codeColumn(), "code " + code + " komt meer dan eens voor in het bestand");
        }
        String name = shape.nameColumn() == null ? null : text(values.get(shape.nameColumn()));
        if (shape.nameColumn() != null && name.isEmpty()) {
            problem(position, code, shape.nameColumn(), "naam ontbreekt");
        }
        String municipalityCode = level == AreaLevel.MUNICIPALITY ? code : AreaLevel.municipalityCodeOf(code);
        String givenMunicipality = text(values.get("gemeentecode"));
        if (!givenMunicipality.isEmpty() && !givenMunicipality.equals(municipalityCode)) {
            problem(position, code, "gemeentecode", "gemeentecode " + givenMunicipality + " past niet bij " + code);
        }
        String districtCode = null;
        if (level == AreaLevel.NEIGHBOURHOOD) {
            districtCode = text(values.get("wijkcode"));
            if (!AreaLevel.DISTRICT.accepts(districtCode) || !districtCode.regionMatches(2, code, 2, 6)) {
                problem(position, code, "wijkcode", "wijkcode '" + districtCode + "' past niet bij " + code);
            }
        }
        Object fileYear = values.get("jaar");
        if (fileYear != null && !text(fileYear).isEmpty() && !text(fileYear).equals(Integer.toString(year))) {
            problem(position, code, "jaar", "jaar " + text(fileYear) + " wijkt af van het gekozen jaar " + year);
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (!shape.isFigure(entry.getKey())) {
                continue;
            }
            String raw = text(entry.getValue());
            if (MISSING.contains(raw)) {
                continue;
            }
            try {
                figures.put(entry.getKey(), new BigDecimal(raw));
            } catch (NumberFormatException e) {
                problem(position, code, entry.getKey(), "'" + raw + "' is geen getal");
            }
        }
        Geometry geometry = null;
        if (feature != null) {
            try {
                geometry = GeoJson.read(geometryNode);
                IsValidOp validity = new IsValidOp(geometry);
                if (level != AreaLevel.MUNICIPALITY && geometry.getDimension() != 2) {
                    problem(position, code, "geometry", "een gebied moet een (multi)polygoon zijn");
                } else if (!validity.isValid()) {
                    String why = "ongeldige geometrie: " + validity.getValidationError().getMessage() + " bij "
                            + validity.getValidationError().getCoordinate();
                    Geometry fixed = repairGeometry ? GeometryFixer.fix(geometry) : null;
                    if (fixed != null && !fixed.isEmpty() && fixed.getDimension() == 2 && fixed.isValid()) {
                        repairs.add(new ImportProblem(position, code, "geometry", why + " (hersteld)"));
                        geometry = fixed;
                    } else {
                        problem(position, code, "geometry", why);
                    }
                } else if (geometry.getDimension() != 2) {
                    problem(position, code, "geometry", "een gebied moet een (multi)polygoon zijn");
                }
            } catch (IllegalArgumentException e) {
                problem(position, code, "geometry", e.getMessage());
            }
        }
        if (problems.size() == before) {
            records.add(new CbsRecord(position, code, level, name, municipalityCode, districtCode, geometry,
                    Map.copyOf(figures)));
        }
    }

    private AreaLevel levelOf(String code, String soort) {
        AreaLevel level = AreaLevel.ofCode(code);
        if (level == null) {
            return null;
        }
        if (shape.fixedLevel() != null && shape.fixedLevel() != level) {
            return null;
        }
        if (shape == CbsShape.KWB_SELECTION && level == AreaLevel.NEIGHBOURHOOD) {
            return null;
        }
        if (shape == CbsShape.KWB_BASIC && !soort.isEmpty()
                && !(soort.equals("Gemeente") && level == AreaLevel.MUNICIPALITY)
                && !(soort.equals("Wijk") && level == AreaLevel.DISTRICT)
                && !(soort.equals("Buurt") && level == AreaLevel.NEIGHBOURHOOD)) {
            return null;
        }
        return level;
    }

    private String expectedLevel() {
        return switch (shape) {
            case PDOK_NEIGHBOURHOODS -> " (verwacht BU gevolgd door 8 cijfers)";
            case PDOK_MUNICIPALITIES, MUNICIPAL_BOUNDARIES -> " (verwacht GM gevolgd door 4 cijfers)";
            case KWB_SELECTION -> " (verwacht GM + 4 of WK + 6 cijfers)";
            case KWB_BASIC -> " (verwacht een code die past bij de kolom 'soort')";
        };
    }

    private void problem(int position, String code, String column, String message) {
        problems.add(new ImportProblem(position, code == null || code.isEmpty() ? null : code, column, message));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonNode node) {
            if (node.isNull() || node.isMissingNode()) {
                return "";
            }
            if (node.isNumber()) {
                return node.decimalValue().toPlainString();
            }
            return node.asString("").trim();
        }
        return value.toString().trim();
    }

    private static String stripBom(String column) {
        return column.startsWith("\uFEFF") ? column.substring(1) : column;
    }
}
