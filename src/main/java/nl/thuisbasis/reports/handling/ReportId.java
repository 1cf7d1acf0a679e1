package nl.thuisbasis.reports.handling;

import java.util.UUID;

/** Identifies a report; a path that holds no UUID names no report (404). */
public record ReportId(UUID value) {

    public static ReportId of(String text) {
        return new ReportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
