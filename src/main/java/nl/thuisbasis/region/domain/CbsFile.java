package nl.thuisbasis.region.domain;

import java.util.List;

/** The outcome of reading a CBS file: the records, or the problems that make it unusable, and any geometry repairs. */
public record CbsFile(CbsShape shape, int year, List<CbsRecord> records, List<ImportProblem> problems,
        List<ImportProblem> repairs) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
