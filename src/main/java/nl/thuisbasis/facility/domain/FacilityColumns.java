package nl.thuisbasis.facility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.platform.Problem;

/**
 * The column layout of facility spreadsheets (CSV and XLSX), the same for import and export, and the
 * translation between a row of cells and a {@link FacilityDraft}. The column names are the file format, the same in
 * every language (Dutch, because the people who fill in these sheets are); coded values (type, status, target groups)
 * use the API's codes. Problems name their column; the import adds the row.
 */
public final class FacilityColumns {

    public static final List<String> HEADERS = List.of("naam", "soort", "doelgroepen", "zorgaanbieder", "eigenaar",
            "straat", "huisnummer", "postcode", "plaats", "lengtegraad", "breedtegraad", "capaciteit", "eenheid",
            "status", "status_sinds", "geopend_op", "gesloten_op", "gecontracteerd", "contact_omwonenden", "website",
            "geheim_adres", "openbaar", "gegenereerd");

    /** Columns a file must have; the others may be left out. */
    public static final List<String> REQUIRED = List.of("naam", "soort", "doelgroepen", "zorgaanbieder", "straat",
            "huisnummer", "postcode", "plaats", "lengtegraad", "breedtegraad", "capaciteit", "eenheid", "status");

    private FacilityColumns() {
    }

    /** A row read into a draft, with what could not be read (each problem's field is its column). */
    public record ParsedRow(FacilityDraft draft, List<Problem> problems) {
    }

    /** What is wrong with a header row: unknown columns and missing required ones; each problem's field is the column. */
    public static List<Problem> headerProblems(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        for (String h : header) {
            if (!HEADERS.contains(h)) {
                problems.add(Problem.at(h, "facility.import.problem.column.unknown", h, String.join(", ", HEADERS)));
            }
        }
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                problems.add(Problem.at(required, "facility.import.problem.column.missing", required));
            }
        }
        return problems;
    }

    public static ParsedRow read(Map<String, String> cells) {
        List<Problem> problems = new ArrayList<>();
        FacilityDraft draft = new FacilityDraft(text(cells, "naam"),
                enumValue(cells, "soort", FacilityType.class, problems),
                targetGroups(cells, problems), text(cells, "zorgaanbieder"), text(cells, "eigenaar"),
                text(cells, "straat"), text(cells, "huisnummer"), text(cells, "postcode"), text(cells, "plaats"),
                decimal(cells, "lengtegraad", problems), decimal(cells, "breedtegraad", problems),
                integer(cells, "capaciteit", problems), enumValue(cells, "eenheid", CapacityUnit.class, problems),
                enumValue(cells, "status", FacilityStatus.class, problems), date(cells, "status_sinds", problems),
                date(cells, "geopend_op", problems), date(cells, "gesloten_op", problems),
                bool(cells, "gecontracteerd", problems), text(cells, "contact_omwonenden"), text(cells, "website"),
                bool(cells, "geheim_adres", problems), bool(cells, "openbaar", problems),
                bool(cells, "gegenereerd", problems));
        return new ParsedRow(draft, problems);
    }

    /** The cells of one facility, in {@link #HEADERS} order. */
    public static Map<String, String> write(Facility f) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("naam", f.name());
        cells.put("soort", f.type().name());
        cells.put("doelgroepen", String.join("|", f.targetGroups().stream().map(Enum::name).sorted().toList()));
        cells.put("zorgaanbieder", f.providerCode());
        cells.put("eigenaar", nullToEmpty(f.owner()));
        cells.put("straat", f.street());
        cells.put("huisnummer", f.houseNumber());
        cells.put("postcode", f.postcode());
        cells.put("plaats", f.place());
        cells.put("lengtegraad", String.format(Locale.ROOT, "%.6f", f.lon()));
        cells.put("breedtegraad", String.format(Locale.ROOT, "%.6f", f.lat()));
        cells.put("capaciteit", Integer.toString(f.capacity()));
        cells.put("eenheid", f.capacityUnit().name());
        cells.put("status", f.status().name());
        cells.put("status_sinds", dateText(f.statusSince()));
        cells.put("geopend_op", dateText(f.openedOn()));
        cells.put("gesloten_op", dateText(f.closedOn()));
        cells.put("gecontracteerd", f.contracted() ? "ja" : "nee");
        cells.put("contact_omwonenden", nullToEmpty(f.publicContact()));
        cells.put("website", nullToEmpty(f.url()));
        cells.put("geheim_adres", f.secretAddress() ? "ja" : "nee");
        cells.put("openbaar", f.publiclyListed() ? "ja" : "nee");
        cells.put("gegenereerd", f.generated() ? "ja" : "nee");
        return cells;
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> cells, String column, Class<E> type,
            List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(column, "facility.import.problem.code", value, column,
                    String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList())));
            return null;
        }
    }

    private static Set<TargetGroup> targetGroups(Map<String, String> cells, List<Problem> problems) {
        String value = text(cells, "doelgroepen");
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (value == null) {
            return groups;
        }
        for (String part : value.split("[|;,]")) {
            if (part.isBlank()) {
                continue;
            }
            String code = part.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                groups.add(TargetGroup.valueOf(code));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.at("doelgroepen", "facility.import.problem.targetGroup", part.trim(),
                        String.join(", ", EnumSet.allOf(TargetGroup.class).stream().map(Enum::name).toList())));
            }
        }
        return groups;
    }

    private static Double decimal(Map<String, String> cells, String column, List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            // A Dutch spreadsheet writes 4,6725 for 4.6725.
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.at(column, "facility.import.problem.number", value));
            return null;
        }
    }

    private static Integer integer(Map<String, String> cells, String column, List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            // Excel may hand over 12.0 for a whole number.
            return value.matches("-?\\d+\\.0+") ? Integer.parseInt(value.substring(0, value.indexOf('.')))
                    : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(column, "facility.import.problem.integer", value));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> cells, String column, List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
                String[] p = value.split("-");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(value);
        } catch (java.time.DateTimeException e) {
            problems.add(Problem.at(column, "facility.import.problem.date", value));
            return null;
        }
    }

    private static boolean bool(Map<String, String> cells, String column, List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "waar", "1", "yes", "y" -> true;
            case "nee", "n", "false", "onwaar", "0", "no" -> false;
            default -> {
                problems.add(Problem.at(column, "facility.import.problem.yesNo", value));
                yield false;
            }
        };
    }

    private static String dateText(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
