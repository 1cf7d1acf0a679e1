package nl.thuisbasis.outflow.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Today in the scheme's time zone: the day that dates of steps, waits and evaluations are checked against. */
@Component
public class OutflowClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    OutflowClock(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.system(ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
