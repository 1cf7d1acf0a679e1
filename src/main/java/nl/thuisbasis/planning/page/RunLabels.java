package nl.thuisbasis.planning.page;

import nl.thuisbasis.planning.analysis.Run;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;

/** How a run is named where people choose one: its scenario and when it was made, in the reader's date format. */
final class RunLabels {

    private RunLabels() {
    }

    static String created(Run run) {
        return run.createdAt() == null ? "" : DateFormats.dateTime(run.createdAt(), Messages.locale());
    }
}
