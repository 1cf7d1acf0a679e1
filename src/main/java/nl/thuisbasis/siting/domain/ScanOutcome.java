package nl.thuisbasis.siting.domain;

import java.util.List;

/** The scored scan: total strain (0..100), verdict, each indicator, and the drivers of the verdict in Dutch. */
public record ScanOutcome(double strain, Verdict verdict, List<IndicatorResult> indicators, List<String> drivers) {

    public ScanOutcome {
        indicators = List.copyOf(indicators);
        drivers = List.copyOf(drivers);
    }
}
