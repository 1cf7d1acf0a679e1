package nl.thuisbasis.trajectory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.SpreadsheetFile;

/**
 * Reads an instrument from a table with one row per domain and level: {@code domain, domain_nl, domain_en, level,
 * description_nl, description_en}. All or nothing: every problem is listed with its row and column, and an instrument
 * comes out only when there is none. Each domain needs exactly the levels 1 to 5, one name per language, and every
 * description (at most {@value #TEXT_LENGTH} characters).
 */
public final class InstrumentFile {

    public static final List<String> COLUMNS = List.of("domain", "domain_nl", "domain_en", "level", "description_nl",
            "description_en");
    public static final int TEXT_LENGTH = 500;
    public static final int NAME_LENGTH = 80;
    public static final int MAX_DOMAINS = 30;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final String PREFIX = "trajectory.instrument.problem.";

    private InstrumentFile() {
    }

    /** The instrument in the sheet, or the problems that keep it out. */
    public record Result(Instrument instrument, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result read(String code, int version, SpreadsheetFile.Sheet sheet) {
        List<Problem> problems = new ArrayList<>();
        for (String column : COLUMNS) {
            if (!sheet.header().contains(column)) {
                problems.add(Problem.of(PREFIX + "column", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        if (sheet.lines().isEmpty()) {
            return new Result(null, List.of(Problem.of(PREFIX + "noRows")));
        }
        Map<String, Building> domains = new LinkedHashMap<>();
        for (SpreadsheetFile.Line line : sheet.lines()) {
            Map<String, String> cells = line.cells();
            int row = line.number();
            String domain = cells.get("domain").strip();
            if (!CODE.matcher(domain).matches()) {
                problems.add(Problem.atRow(row, "domain", PREFIX + "domain"));
                continue;
            }
            Building building = domains.computeIfAbsent(domain, d -> new Building(row));
            int before = problems.size();
            String nl = text(cells, "domain_nl", row, NAME_LENGTH, problems);
            String en = text(cells, "domain_en", row, NAME_LENGTH, problems);
            if (building.nameNl == null) {
                building.nameNl = nl;
                building.nameEn = en;
            } else if ((nl != null && !nl.equals(building.nameNl)) || (en != null && !en.equals(building.nameEn))) {
                problems.add(Problem.atRow(row, "domain_nl", PREFIX + "nameDiffers", domain, building.firstRow));
            }
            Integer level = level(cells.get("level"));
            if (level == null) {
                problems.add(Problem.atRow(row, "level", PREFIX + "level"));
            } else if (building.levels[level - 1] != null) {
                problems.add(Problem.atRow(row, "level", PREFIX + "levelTwice", domain, level));
            }
            String textNl = text(cells, "description_nl", row, TEXT_LENGTH, problems);
            String textEn = text(cells, "description_en", row, TEXT_LENGTH, problems);
            if (level != null && building.levels[level - 1] == null && textNl != null && textEn != null) {
                building.levels[level - 1] = new Instrument.Level(level, textNl, textEn);
            }
            // a row with a problem of its own: its domain's missing level is that problem, not another one
            building.broken |= problems.size() > before;
        }
        if (domains.size() > MAX_DOMAINS) {
            problems.add(Problem.of(PREFIX + "tooManyDomains", MAX_DOMAINS));
        }
        List<Instrument.Domain> complete = new ArrayList<>();
        domains.forEach((domain, building) -> {
            for (int level = 1; level <= Instrument.LEVELS; level++) {
                if (building.levels[level - 1] == null && !building.broken) {
                    problems.add(Problem.atRow(building.firstRow, "level", PREFIX + "levelMissing", domain, level));
                }
            }
            if (building.nameNl != null && building.nameEn != null
                    && java.util.Arrays.stream(building.levels).allMatch(java.util.Objects::nonNull)) {
                complete.add(new Instrument.Domain(domain, building.nameNl, building.nameEn,
                        java.util.Arrays.stream(building.levels).toList()));
            }
        });
        return problems.isEmpty() ? new Result(new Instrument(code, version, complete), List.of()) : new Result(null, problems);
    }

    private static String text(Map<String, String> cells, String column, int row, int max, List<Problem> problems) {
        String value = cells.get(column) == null ? "" : cells.get(column).strip();
        if (value.isEmpty()) {
            problems.add(Problem.atRow(row, column, PREFIX + "cellEmpty"));
            return null;
        }
        if (value.length() > max) {
            problems.add(Problem.atRow(row, column, PREFIX + "tooLong", max));
            return null;
        }
        if (!nl.thuisbasis.platform.Inputs.printable(value)) {
            problems.add(Problem.atRow(row, column, PREFIX + "control"));
            return null;
        }
        return value;
    }

    private static Integer level(String text) {
        try {
            int level = Integer.parseInt(text == null ? "" : text.strip());
            return level >= 1 && level <= Instrument.LEVELS ? level : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Building {
        final int firstRow;
        final Instrument.Level[] levels = new Instrument.Level[Instrument.LEVELS];
        String nameNl;
        String nameEn;
        boolean broken;

        Building(int firstRow) {
            this.firstRow = firstRow;
        }
    }
}
