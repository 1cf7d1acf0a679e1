package nl.thuisbasis.region.domain;

/**
 * One thing wrong in an uploaded CBS file. {@code position} is the CSV line (the header is line 1)
 * or the GeoJSON feature number (from 1); 0 means the file as a whole.
 */
public record ImportProblem(int position, String code, String column, String message) {

    public static ImportProblem ofFile(String message) {
        return new ImportProblem(0, null, null, message);
    }
}
