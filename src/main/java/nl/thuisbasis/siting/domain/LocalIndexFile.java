package nl.thuisbasis.siting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.thuisbasis.platform.Problem;

/**
 * Reads a local-index CSV (code, year, index name, value per row; Dutch or English headers) and reports every
 * wrong row as a {@link Problem} with its row (1 is the header line, as in the file) and column. Only a file without
 * problems may be stored.
 */
public final class LocalIndexFile {

    static final Pattern NAME = Pattern.compile("[\\p{L}0-9 _()./-]{1,60}");

    private LocalIndexFile() {
    }

    public record Row(int line, String areaCode, int year, String name, BigDecimal value) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
    }

    /** Header aliases: the first of each list is the English name. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "code", List.of("code", "gebiedscode", "buurtcode", "wijkcode"),
            "year", List.of("year", "jaar"),
            "index", List.of("index", "indexnaam", "index_name", "naam"),
            "value", List.of("value", "waarde"));

    /**
     * @param header     the header cells
     * @param records    the data rows, each with its line number in the file
     * @param knownArea  whether an area code exists in the register of areas
     */
    public static Result read(List<String> header, List<Map.Entry<Integer, List<String>>> records, Predicate<String> knownArea) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        List<String> normalised = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", "")).toList();
        for (var column : COLUMNS.entrySet()) {
            for (String alias : column.getValue()) {
                int at = normalised.indexOf(alias);
                if (at >= 0) {
                    index.put(column.getKey(), at);
                    break;
                }
            }
            if (!index.containsKey(column.getKey())) {
                problems.add(Problem.atRow(1, column.getKey(), "siting.problem.file.column", column.getKey(),
                        String.join(", ", column.getValue())));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var record : records) {
            int line = record.getKey();
            List<String> cells = record.getValue();
            String code = cell(cells, index.get("code")).toUpperCase(Locale.ROOT);
            String yearText = cell(cells, index.get("year"));
            String name = cell(cells, index.get("index"));
            String valueText = cell(cells, index.get("value")).replace(',', '.');
            int before = problems.size();
            if (!code.matches("(BU\\d{8}|WK\\d{6}|GM\\d{4})")) {
                problems.add(Problem.atRow(line, "code", "siting.problem.file.code", code));
            } else if (!knownArea.test(code)) {
                problems.add(Problem.atRow(line, "code", "siting.problem.file.area", code));
            }
            int year = 0;
            try {
                year = Integer.parseInt(yearText);
                if (year < 1990 || year > 2100) {
                    problems.add(Problem.atRow(line, "year", "siting.problem.file.year.range", java.time.Year.of(year)));
                }
            } catch (NumberFormatException e) {
                problems.add(Problem.atRow(line, "year", "siting.problem.file.year", yearText));
            }
            if (!NAME.matcher(name).matches()) {
                problems.add(Problem.atRow(line, "index", "siting.problem.file.name", name));
            }
            BigDecimal value = null;
            try {
                value = new BigDecimal(valueText);
            } catch (NumberFormatException e) {
                problems.add(Problem.atRow(line, "value", "siting.problem.file.value", valueText));
            }
            if (problems.size() == before) {
                String key = code + "|" + year + "|" + name.toLowerCase(Locale.ROOT);
                if (!seen.add(key)) {
                    problems.add(Problem.atRow(line, null, "siting.problem.file.duplicate", code, java.time.Year.of(year), name));
                } else {
                    rows.add(new Row(line, code, year, name, value));
                }
            }
        }
        if (records.isEmpty()) {
            problems.add(Problem.atRow(1, null, "siting.problem.file.no-rows"));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
    }
}
