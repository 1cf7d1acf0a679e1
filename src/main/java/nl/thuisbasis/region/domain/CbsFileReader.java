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
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.AreaLevel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CBS CSV or GeoJSON file completely and checks every row or feature before anything is
 * stored: unknown or missing columns, malformed or duplicate codes, non-numeric figures, a year
 * that does not match, invalid geometry. Each problem is a message key with its arguments, so that the admin reads it
 * in their own language.
 */
public final class CbsFileReader {

    /** CBS's own "no value" codes; suppressed cells are kept as missing. */
    private static final Set<String> MISSING = Set.of("", ".", "-99999999", "-99999997", "-99999995", "NA", "null");
    private static final int MAX_PROBLEMS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** JTS's kinds of invalid geometry (TopologyValidationError 0-11), each with a text under this key prefix. */
    private static final String GEOMETRY_ERROR = "import.geometry.error.";
    private static final int GEOMETRY_ERRORS = 11;

    private final List<Problem> problems = new ArrayList<>();
    private final List<CbsRecord> records = new ArrayList<>();
    private final Set<String> seenCodes = new HashSet<>();
    private final List<Problem> repairs = new ArrayList<>();
    private final Map<Integer, String> areaCodes = new HashMap<>();
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
        return new CbsFile(reader.shape, year, records, List.copyOf(reader.problems), List.copyOf(reader.repairs),
                reader.areaCodes);
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
                    problems.add(Problem.atRow(line, null, "import.problem.fields", row.size(), header.size()));
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
                    problems.add(Problem.atRow(line, null, "import.problem.tooMany", MAX_PROBLEMS));
                    return;
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            // the parser's own (English) explanation is passed on as is: it says where the CSV breaks
            problems.add(Problem.atRow(0, null, "import.problem.csv", String.valueOf(e.getMessage())));
        }
    }

    private void readGeoJson(InputStream in, IntConsumer progress) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            problems.add(Problem.atRow(0, null, "import.problem.json", String.valueOf(e.getOriginalMessage())));
            return;
        }
        if (!"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            problems.add(Problem.atRow(0, null, "import.problem.featureCollection"));
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
                problems.add(Problem.atRow(position, null, "import.problem.tooMany", MAX_PROBLEMS));
                return;
            }
        }
    }

    private boolean checkColumns(List<String> columns) {
        shape = CbsShape.detect(columns);
        if (shape == null) {
            problems.add(Problem.atRow(0, null, "import.problem.layout", String.join(", ", columns)));
            return false;
        }
        for (String required : shape.requiredColumns()) {
            if (!columns.contains(required)) {
                problems.add(Problem.atRow(1, required, "import.problem.column.missing", required));
            }
        }
        for (String column : columns) {
            if (!shape.knows(column)) {
                problems.add(Problem.atRow(1, column, "import.problem.column.unknown", column));
            }
        }
        return problems.isEmpty();
    }

    private void readRecord(int position, Map<String, Object> values, JsonNode geometryNode, JsonNode feature) {
        int before = problems.size();
        String code = text(values.get(shape.codeColumn()));
        AreaLevel level = levelOf(code, text(values.get("soort")));
        if (level == null) {
            if (code.isEmpty()) {
                problem(position, code, shape.codeColumn(), "import.problem.code.missing");
            } else {
                problem(position, code, shape.codeColumn(), invalidCodeKey(), code);
            }
            return;
        }
        if (!seenCodes.add(code)) {
            problem(position, code, shape.codeColumn(), "import.problem.code.duplicate", code);
        }
        String name = shape.nameColumn() == null ? null : text(values.get(shape.nameColumn()));
        if (shape.nameColumn() != null && name.isEmpty()) {
            problem(position, code, shape.nameColumn(), "import.problem.name.missing");
        }
        String municipalityCode = level == AreaLevel.MUNICIPALITY ? code : AreaLevel.municipalityCodeOf(code);
        String givenMunicipality = text(values.get("gemeentecode"));
        if (!givenMunicipality.isEmpty() && !givenMunicipality.equals(municipalityCode)) {
            problem(position, code, "gemeentecode", "import.problem.municipality.mismatch", givenMunicipality, code);
        }
        String districtCode = null;
        if (level == AreaLevel.NEIGHBOURHOOD) {
            districtCode = text(values.get("wijkcode"));
            if (!AreaLevel.DISTRICT.accepts(districtCode) || !districtCode.regionMatches(2, code, 2, 6)) {
                problem(position, code, "wijkcode", "import.problem.district.mismatch", districtCode, code);
            }
        }
        Object fileYear = values.get("jaar");
        if (fileYear != null && !text(fileYear).isEmpty() && !text(fileYear).equals(Integer.toString(year))) {
            problem(position, code, "jaar", "import.problem.year", text(fileYear), year);
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
                problem(position, code, entry.getKey(), "import.problem.number", raw);
            }
        }
        Geometry geometry = null;
        if (feature != null) {
            try {
                geometry = GeoJson.read(geometryNode);
                IsValidOp validity = new IsValidOp(geometry);
                if (level != AreaLevel.MUNICIPALITY && geometry.getDimension() != 2) {
                    problem(position, code, "geometry", "import.problem.polygon");
                } else if (!validity.isValid()) {
                    TopologyValidationError error = validity.getValidationError();
                    Problem.Label why = Problem.label(GEOMETRY_ERROR + Math.clamp(error.getErrorType(), 0, GEOMETRY_ERRORS));
                    String where = where(error);
                    Geometry fixed = repairGeometry ? GeometryFixer.fix(geometry) : null;
                    if (fixed != null && !fixed.isEmpty() && fixed.getDimension() == 2 && fixed.isValid()) {
                        repairs.add(Problem.atRow(position, "geometry", "import.repair.geometry", why, where));
                        areaCodes.put(position, code);
                        geometry = fixed;
                    } else {
                        problem(position, code, "geometry", "import.problem.geometry", why, where);
                    }
                } else if (geometry.getDimension() != 2) {
                    problem(position, code, "geometry", "import.problem.polygon");
                }
            } catch (GeoJson.Unreadable e) {
                problems.add(e.at(position, "geometry"));
                areaCodes.put(position, code);
            } catch (IllegalArgumentException e) {
                // JTS refused to build the geometry for a reason GeoJson does not check itself
                problem(position, code, "geometry", "import.geometry.unreadable");
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

    /** The text says which codes the layout expects. */
    private String invalidCodeKey() {
        return switch (shape) {
            case PDOK_NEIGHBOURHOODS -> "import.problem.code.neighbourhood";
            case PDOK_MUNICIPALITIES, MUNICIPAL_BOUNDARIES -> "import.problem.code.municipality";
            case KWB_SELECTION -> "import.problem.code.selection";
            case KWB_BASIC -> "import.problem.code.basic";
        };
    }

    /** Where a geometry breaks a rule, as lon, lat. */
    private static String where(TopologyValidationError error) {
        org.locationtech.jts.geom.Coordinate at = error.getCoordinate();
        return at == null ? "?" : "(" + at.x + ", " + at.y + ")";
    }

    private void problem(int position, String code, String column, String key, Object... args) {
        problems.add(Problem.atRow(position, column, key, args));
        if (code != null && !code.isEmpty()) {
            areaCodes.put(position, code);
        }
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
