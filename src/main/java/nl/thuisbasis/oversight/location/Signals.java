package nl.thuisbasis.oversight.location;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.thuisbasis.oversight.OversightProperties;
import nl.thuisbasis.oversight.domain.RegimeSuggestion;
import nl.thuisbasis.reports.ReportStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports about a location, as oversight uses them: counts in the window, overdue reports and the regime
 * suggestion the rule makes of them. A suggestion is only shown; it never moves the ladder.
 */
@Service
public class Signals {

    private final ReportStatistics reports;
    private final OversightProperties properties;

    Signals(ReportStatistics reports, OversightProperties properties) {
        this.reports = reports;
        this.properties = properties;
    }

    /** Reports in the window, overdue reports and the suggestion for one location. */
    public record Figures(int recent, int overdue, Optional<RegimeSuggestion.Suggestion> suggestion) {
    }

    public Figures figures(OversightProfile profile) {
        int recent = reports.recent(profile.id().facility(), properties.suggestWindowDays());
        int overdue = reports.overdue(profile.id().facility());
        return new Figures(recent, overdue, suggest(profile, recent, overdue));
    }

    @Transactional(readOnly = true)
    ReportSignals of(OversightProfile profile) {
        Figures figures = figures(profile);
        LocalDate since = profile.lastMeeting() != null ? profile.lastMeeting() : LocalDate.now().minusDays(90);
        return new ReportSignals(reports.perMonth(profile.id().facility(), 12), since,
                reports.since(profile.id().facility(), since), figures.recent(), figures.overdue(),
                properties.suggestWindowDays(), figures.suggestion());
    }

    public int windowDays() {
        return properties.suggestWindowDays();
    }

    private Optional<RegimeSuggestion.Suggestion> suggest(OversightProfile profile, int recent, int overdue) {
        return RegimeSuggestion.suggest(new RegimeSuggestion.Signals(profile.regime(), recent, overdue, daysOnRegime(profile)),
                properties.suggestionRule());
    }

    /** Days since the last move on the ladder (a location never moved has been on its rung "forever"). */
    static long daysOnRegime(OversightProfile profile) {
        return profile.history().isEmpty() ? Long.MAX_VALUE
                : ChronoUnit.DAYS.between(profile.history().get(0).decidedOn(), LocalDate.now());
    }
}
