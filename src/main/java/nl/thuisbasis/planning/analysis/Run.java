package nl.thuisbasis.planning.analysis;

import java.time.Instant;
import java.util.UUID;

/** A saved run: its parameter set, scenario, seed and number of runs, its state, and when it finished. */
public record Run(UUID id, String regionCode, UUID setId, int setVersion, Scenario scenario, long seed, int runs,
        int firstYear, int years, RunStatus status, int runsDone, Double seconds, String createdBy, Instant createdAt,
        Instant finishedAt) {

    public enum RunStatus { RUNNING, DONE, FAILED }

    public int percentDone() {
        return runs == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * runsDone / runs));
    }

    public int lastYear() {
        return firstYear + years - 1;
    }
}
