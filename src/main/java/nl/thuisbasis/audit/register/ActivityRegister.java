package nl.thuisbasis.audit.register;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register of processing activities as the processing log uses it: which activity (and which version of it) a
 * logged action belongs to. The current versions are kept in memory and read again after a change here, or after a
 * minute (another instance may have changed one).
 */
@Service
public class ActivityRegister {

    /** The activity and version an entry ran under. */
    public record Ref(String code, int version) {
    }

    private static final long MAX_AGE = Duration.ofMinutes(1).toNanos();

    private final ActivityRepository repository;
    private volatile List<ProcessingActivity> current;
    private volatile long readAt;

    ActivityRegister(ActivityRepository repository) {
        this.repository = repository;
    }

    /** The activity of an action: the one with the longest prefix that covers it; empty when none does. */
    public Optional<Ref> of(String action) {
        if (action == null) {
            return Optional.empty();
        }
        String best = null;
        ProcessingActivity found = null;
        for (ProcessingActivity activity : current()) {
            for (String prefix : activity.prefixes()) {
                if (ProcessingActivity.covers(prefix, action) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                    found = activity;
                }
            }
        }
        return Optional.ofNullable(found).map(a -> new Ref(a.code(), a.version()));
    }

    /** The current version of every activity, by code. */
    public List<ProcessingActivity> current() {
        List<ProcessingActivity> activities = current;
        if (activities == null || System.nanoTime() - readAt > MAX_AGE) {
            activities = repository.current().stream().sorted(Comparator.comparing(ProcessingActivity::code)).toList();
            current = activities;
            readAt = System.nanoTime();
        }
        return activities;
    }

    /** Read again on the next use after a change: once it is committed (until then other transactions see the old). */
    void changed() {
        current = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    current = null;
                }
            });
        }
    }
}
