package nl.thuisbasis.region.cbsimport;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: a CBS file, the year of its data, and whether to repair invalid polygons. */
record CbsImportForm(MultipartFile file, Integer year, Boolean repairGeometry) {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    static boolean acceptsYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    boolean repair() {
        return Boolean.TRUE.equals(repairGeometry);
    }

    /** What keeps the upload from starting. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            problems.add(Problem.at("file", "import.error.file"));
        }
        if (year == null || !acceptsYear(year)) {
            problems.add(Problem.at("year", "import.error.year", FIRST_YEAR, LAST_YEAR));
        }
        return problems;
    }
}
