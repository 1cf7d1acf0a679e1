package nl.thuisbasis.siting.domain;

import java.util.List;
import nl.thuisbasis.platform.Problem;

/**
 * The scored scan: total strain (0..100), verdict, each indicator, and the drivers of the verdict as message keys with
 * their arguments (an indicator argument is an {@link IndicatorName}).
 */
public record ScanOutcome(double strain, Verdict verdict, List<IndicatorResult> indicators, List<Problem> drivers) {

    public ScanOutcome {
        indicators = List.copyOf(indicators);
        drivers = List.copyOf(drivers);
    }
}
