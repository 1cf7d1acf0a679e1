package nl.thuisbasis.region;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.region.domain.ImportProblem;

/** The state of one CBS import, readable while it runs so the upload page can show progress. */
public final class ImportJob {

    /** Where an import stands. */
    public enum Status { RUNNING, SUCCEEDED, FAILED }

    private final UUID id = UUID.randomUUID();
    private final String fileName;
    private final int year;
    private final boolean repairGeometry;
    private final String startedBy;
    private final Instant startedAt = Instant.now();
    private volatile Status status = Status.RUNNING;
    private volatile String phase = "lezen";
    private volatile int processed;
    private volatile int total;
    private volatile int areasChanged;
    private volatile String shape;
    private volatile List<ImportProblem> problems = List.of();
    private volatile List<ImportProblem> repairs = List.of();

    ImportJob(String fileName, int year, boolean repairGeometry, String startedBy) {
        this.fileName = fileName;
        this.year = year;
        this.repairGeometry = repairGeometry;
        this.startedBy = startedBy;
    }

    void progress(String phase, int processed, int total) {
        this.phase = phase;
        this.processed = processed;
        this.total = total;
    }

    void succeeded(String shape, int areasChanged, List<ImportProblem> repairs) {
        this.shape = shape;
        this.repairs = List.copyOf(repairs);
        this.areasChanged = areasChanged;
        this.processed = total;
        this.phase = "klaar";
        this.status = Status.SUCCEEDED;
    }

    void failed(List<ImportProblem> problems) {
        this.problems = List.copyOf(problems);
        this.phase = "afgebroken";
        this.status = Status.FAILED;
    }

    public UUID id() { return id; }
    public String fileName() { return fileName; }
    public int year() { return year; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Status status() { return status; }
    public String phase() { return phase; }
    public int processed() { return processed; }
    public int total() { return total; }
    public int areasChanged() { return areasChanged; }
    public String shape() { return shape; }
    public List<ImportProblem> problems() { return problems; }
    /** Geometries that broke validity rules and were repaired because the admin asked for it. */
    public List<ImportProblem> repairs() { return repairs; }
    public boolean repairGeometry() { return repairGeometry; }
    public boolean running() { return status == Status.RUNNING; }

    /** Percentage done, 0-100, for the progress bar. */
    public int percent() {
        return total <= 0 ? 0 : Math.min(100, (int) (100L * processed / total));
    }
}
