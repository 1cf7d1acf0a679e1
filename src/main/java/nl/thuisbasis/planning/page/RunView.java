package nl.thuisbasis.planning.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.analysis.Analyses;
import nl.thuisbasis.planning.analysis.ResultRow;
import nl.thuisbasis.planning.analysis.Run;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Component;

/** What the analysis pages and files show of a run: names instead of codes, the chosen municipality, type and year. */
@Component
public class RunView {

    private final Analyses analyses;
    private final PlanningScopes scopes;
    private final Messages messages;

    RunView(Analyses analyses, PlanningScopes scopes, Messages messages) {
        this.analyses = analyses;
        this.scopes = scopes;
        this.messages = messages;
    }

    /** A run with its scope's municipality names (code -> name, "" -> the scope's name), in the order people read. */
    public record Shown(Run run, PlanningScopes.Scope scope, Map<String, String> names) {

        public List<Choice> municipalityChoices() {
            List<Choice> choices = new ArrayList<>();
            names.forEach((code, name) -> choices.add(new Choice(code, name)));
            return choices;
        }
    }

    Shown shown(CurrentUser user, UUID id) {
        Run run = analyses.find(user, id);
        PlanningScopes.Scope scope = scopes.scope(run.regionCode());
        Map<String, String> names = new LinkedHashMap<>();
        names.put("", messages.text(Messages.locale(), "planning.scope.whole", scope.name()));
        scope.municipalities().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(m -> names.put(m.code(), m.name()));
        return new Shown(run, scope, names);
    }

    /** The municipality asked for ("" or absent: the whole scope); an unknown one is refused. */
    static String municipality(Shown shown, String asked) {
        String code = asked == null ? "" : asked.strip();
        if (!shown.names().containsKey(code)) {
            throw Refused.invalid(Analyses.REFUSED, Problem.at("gemeente", "planning.problem.municipality.unknown"));
        }
        return code;
    }

    static HousingType type(String asked, HousingType fallback) {
        if (asked == null || asked.isBlank()) {
            return fallback;
        }
        try {
            return HousingType.valueOf(asked.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.invalid(Analyses.REFUSED, Problem.at("type", "planning.problem.type.unknown", asked));
        }
    }

    static int year(Run run, Integer asked) {
        if (asked == null) {
            return Math.min(run.lastYear(), run.firstYear() + 4);
        }
        if (asked < run.firstYear() || asked > run.lastYear()) {
            throw Refused.invalid(Analyses.REFUSED, Problem.at("jaar", "planning.problem.year", run.firstYear(), run.lastYear()));
        }
        return asked;
    }

    List<ResultRow> rows(CurrentUser user, Run run, String scope, HousingType type) {
        return analyses.results(user, run.id(), scope, type, 10_000, 0);
    }

    /** Every municipality's and type's row of one year (the gap table), read by year rather than all years. */
    List<ResultRow> year(CurrentUser user, Run run, int year) {
        return analyses.resultsOfYear(user, run.id(), year);
    }

    /** The run's results as a table with a header in the reader's language: every municipality, type and year. */
    List<List<String>> table(CurrentUser user, Shown shown) {
        Locale locale = Messages.locale();
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("municipality", "type", "year", "demandP10", "demandP50", "demandP90", "demandMean", "deterministic",
                "waitingP50", "waitingP90", "supply", "gap").stream()
                .map(k -> messages.text(locale, "planning.file." + k)).toList());
        for (ResultRow r : analyses.results(user, shown.run().id(), null, null, 1_000_000, 0)) {
            table.add(List.of(shown.names().getOrDefault(r.scope(), r.scope()),
                    messages.text(locale, "planning.type." + r.type().name()), String.valueOf(r.year()), n(r.demandP10()),
                    n(r.demandP50()), n(r.demandP90()), n(r.demandMean()), n(r.deterministic()), n(r.waitingP50()),
                    n(r.waitingP90()), n(r.supply()), n(r.gap())));
        }
        return table;
    }

    /** One type and year of two runs, for the comparison. */
    public record Comparison(ResultRow a, ResultRow b) {

        public Double difference() {
            return b == null ? null : b.demandP50() - a.demandP50();
        }
    }

    static String n(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
