package nl.thuisbasis.oversight.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.RegimeSuggestion;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.oversight.location.OversightProfile;
import nl.thuisbasis.oversight.location.Signals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overview of a municipality (or of the region): where each contracted location stands, heaviest regime first. */
@Service
class Overview {

    private final Locations locations;
    private final Signals signals;

    Overview(Locations locations, Signals signals) {
        this.locations = locations;
        this.signals = signals;
    }

    /** One row of the overview. */
    record Row(OversightProfile profile, int reportsInWindow, int overdueReports,
            Optional<RegimeSuggestion.Suggestion> suggestion) {
    }

    /** The contracted locations in a municipality (null: all the user sees in full), heaviest regime first. */
    @Transactional(readOnly = true)
    List<Row> rows(CurrentUser user, String municipalityCode) {
        String scope = Locations.scope(user, municipalityCode);
        List<Row> rows = new ArrayList<>();
        for (Facility f : locations.contracted(scope)) {
            OversightProfile profile = locations.read(f);
            Signals.Figures figures = signals.figures(profile);
            rows.add(new Row(profile, figures.recent(), figures.overdue(), figures.suggestion()));
        }
        rows.sort(Comparator.comparing((Row r) -> r.profile().regime()).reversed()
                .thenComparing(r -> -(r.profile().track() == null ? 0 : r.profile().track().overdue()))
                .thenComparing(r -> r.profile().facilityName()));
        return rows;
    }

    int windowDays() {
        return signals.windowDays();
    }
}
