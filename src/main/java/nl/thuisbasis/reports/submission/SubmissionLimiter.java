package nl.thuisbasis.reports.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.thuisbasis.reports.ReportProperties;
import org.springframework.stereotype.Component;

/**
 * At most N submissions per client address per window (a sliding window in memory). The address itself is not
 * stored anywhere else and the map forgets addresses whose window has passed.
 */
@Component
class SubmissionLimiter {

    private final ReportProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionLimiter(ReportProperties properties, java.util.Optional<Clock> clock) {
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Empty when the client may submit now (and counts this submission), else how long to wait. */
    java.util.Optional<Duration> acquire(String clientAddress) {
        Instant now = clock.instant();
        Instant start = now.minus(properties.window());
        Deque<Instant> times = recent.computeIfAbsent(clientAddress, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.pollFirst();
            }
            if (times.size() >= properties.maxPerWindow()) {
                Duration wait = Duration.between(now, times.peekFirst().plus(properties.window()));
                return java.util.Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait.plusSeconds(1));
            }
            times.addLast(now);
        }
        if (recent.size() > 100_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(start));
        }
        return java.util.Optional.empty();
    }
}
