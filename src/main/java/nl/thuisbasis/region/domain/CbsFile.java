package nl.thuisbasis.region.domain;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;

/**
 * The outcome of reading a CBS file: the records, or the problems that make it unusable, and any geometry repairs.
 * A problem's {@link Problem#row() row} is the CSV line (the header is line 1) or the GeoJSON feature number (from 1);
 * row 0 is the file as a whole. {@code areaCodes} holds the area code of each row that has a problem or repair.
 */
public record CbsFile(CbsShape shape, int year, List<CbsRecord> records, List<Problem> problems, List<Problem> repairs,
        Map<Integer, String> areaCodes) {

    public CbsFile {
        areaCodes = Map.copyOf(areaCodes);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The area code of the row a problem or repair concerns, or null (the file, the header, a row without a code). */
    public String areaCodeOf(Problem problem) {
        return problem.row() == null ? null : areaCodes.get(problem.row());
    }
}
