package nl.thuisbasis.region.cbsimport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;

/** The state of one CBS import, readable while it runs so the upload page can show progress. */
final class ImportJob {

    /** Where an import stands. */
    enum Status { RUNNING, SUCCEEDED, FAILED }

    /** What a running import is doing; the page shows it as {@code import.phase.<NAME>}. */
    enum Phase { READING, STORING, DONE, ABORTED }

    private final ImportId id;
    private final String fileName;
    private final int year;
    private final boolean repairGeometry;
    private final String startedBy;
    private final Instant startedAt;
    private volatile Status status = Status.RUNNING;
    private volatile Phase phase = Phase.READING;
    private volatile int processed;
    private volatile int total;
    private volatile int areasChanged;
    private volatile String shape;
    private volatile List<Problem> problems = List.of();
    private volatile List<Problem> repairs = List.of();
    private volatile Map<Integer, String> areaCodes = Map.of();

    ImportJob(String fileName, int year, boolean repairGeometry, String startedBy) {
        this(ImportId.random(), fileName, year, repairGeometry, startedBy, Instant.now());
    }

    private ImportJob(ImportId id, String fileName, int year, boolean repairGeometry, String startedBy, Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.year = year;
        this.repairGeometry = repairGeometry;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** A finished import as the history keeps it (after a restart), see {@code CbsImportRepository.recorded}. */
    static ImportJob finished(ImportId id, String fileName, int year, String startedBy, Instant startedAt, Status status,
            int processed, int total, int areasChanged, String shape, List<Problem> problems, List<Problem> repairs,
            Map<Integer, String> areaCodes) {
        ImportJob job = new ImportJob(id, fileName, year, !repairs.isEmpty(), startedBy, startedAt);
        job.status = status;
        job.phase = status == Status.SUCCEEDED ? Phase.DONE : Phase.ABORTED;
        job.processed = processed;
        job.total = total;
        job.areasChanged = areasChanged;
        job.shape = shape;
        job.problems = List.copyOf(problems);
        job.repairs = List.copyOf(repairs);
        job.areaCodes = Map.copyOf(areaCodes);
        return job;
    }

    void progress(Phase phase, int processed, int total) {
        this.phase = phase;
        this.processed = processed;
        this.total = total;
    }

    void succeeded(String shape, int areasChanged, List<Problem> repairs, Map<Integer, String> areaCodes) {
        this.shape = shape;
        this.repairs = List.copyOf(repairs);
        this.areaCodes = Map.copyOf(areaCodes);
        this.areasChanged = areasChanged;
        this.processed = total;
        this.phase = Phase.DONE;
        this.status = Status.SUCCEEDED;
    }

    void failed(List<Problem> problems, Map<Integer, String> areaCodes) {
        this.problems = List.copyOf(problems);
        this.areaCodes = Map.copyOf(areaCodes);
        this.phase = Phase.ABORTED;
        this.status = Status.FAILED;
    }

    public ImportId id() { return id; }
    public String fileName() { return fileName; }
    public int year() { return year; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Status status() { return status; }
    public Phase phase() { return phase; }
    public int processed() { return processed; }
    public int total() { return total; }
    public int areasChanged() { return areasChanged; }
    public String shape() { return shape; }
    /** Why the file was refused: each problem with its row (0: the file as a whole) and column. */
    public List<Problem> problems() { return problems; }
    /** Geometries that broke validity rules and were repaired because the admin asked for it. */
    public List<Problem> repairs() { return repairs; }
    public boolean repairGeometry() { return repairGeometry; }
    public boolean running() { return status == Status.RUNNING; }

    /** The area code of each row with a problem or repair (what the history keeps). */
    Map<Integer, String> areaCodesOfProblems() {
        java.util.Map<Integer, String> codes = new java.util.HashMap<>();
        java.util.stream.Stream.concat(problems.stream(), repairs.stream()).map(Problem::row)
                .filter(r -> r != null && areaCodes.containsKey(r)).forEach(r -> codes.put(r, areaCodes.get(r)));
        return codes;
    }

    /** The area code of the row a problem or repair concerns, or null. */
    String areaCodeOf(Problem problem) {
        return problem.row() == null ? null : areaCodes.get(problem.row());
    }

    /** Percentage done, 0-100, for the progress bar. */
    public int percent() {
        return total <= 0 ? 0 : Math.min(100, (int) (100L * processed / total));
    }
}
