package nl.thuisbasis.trajectory.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.crisis.CrisisPlans;
import nl.thuisbasis.trajectory.domain.Instrument;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.Progress;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview page of one client's trajectory: who, the perspective, the phase with its history and the form to move
 * it, and the assessments: the change per domain since the previous score, a table of every score over time, and the
 * same numbers as a chart per domain (ECharts, drawn from a JSON data block; the table is there for everyone), and
 * the state of the crisis plan with the way to it and to the crisis card.
 */
@Component
class TrajectoryPages {

    private final Clients clients;
    private final Assessments assessments;
    private final JsonMapper json;
    private final nl.thuisbasis.region.RegionCatalog regions;
    private final CrisisPlans crisisPlans;

    TrajectoryPages(Clients clients, Assessments assessments, JsonMapper json, nl.thuisbasis.region.RegionCatalog regions,
            CrisisPlans crisisPlans) {
        this.regions = regions;
        this.crisisPlans = crisisPlans;
        this.clients = clients;
        this.assessments = assessments;
        this.json = json;
    }

    /** One domain's row of the score table: its name and the score of each assessment (null: not scored). */
    record DomainRow(String code, String name, List<Integer> scores, Progress.Change change) {
    }

    String overview(CurrentUser user, UUID id, Model model, PhaseForm phaseForm) {
        Clients.Overview overview = clients.overview(user, id);
        Assessments.History history = assessments.history(user, id);
        model.addAttribute("overview", overview);
        model.addAttribute("client", overview.client());
        // the municipalities by name, not by code
        Map<String, String> names = new java.util.HashMap<>();
        List<String> codes = java.util.stream.Stream.of(overview.client().preferredMunicipality(),
                overview.client().originMunicipality()).filter(java.util.Objects::nonNull).toList();
        regions.areas(codes).forEach(a -> names.put(a.code(), a.name()));
        codes.forEach(c -> names.putIfAbsent(c, c));
        model.addAttribute("names", names);
        model.addAttribute("history", history);
        model.addAttribute("crisisPlan", crisisPlans.status(user, id).orElse(null));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("phaseForm", phaseForm != null ? phaseForm
                : new PhaseForm(null, null, null, overview.client().version()));
        Locale locale = Messages.locale();
        List<DomainRow> rows = new ArrayList<>();
        if (!history.assessments().isEmpty()) {
            Instrument latest = history.assessments().getLast().instrument();
            Map<String, Progress.Change> changes = new LinkedHashMap<>();
            history.changes().forEach(c -> changes.put(c.domain(), c));
            for (Instrument.Domain domain : latest.domains()) {
                List<Integer> scores = history.assessments().stream()
                        .map(a -> a.scores().get(domain.code()) == null ? null : a.scores().get(domain.code()).score()).toList();
                rows.add(new DomainRow(domain.code(), domain.name(locale), scores, changes.get(domain.code())));
            }
        }
        model.addAttribute("rows", rows);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("dates", history.assessments().stream().map(a -> DateFormats.date(a.assessedOn(), locale)).toList());
        // the chart draws the domains that have a score; the table lists them all
        chart.put("domains", rows.stream().filter(r -> r.scores().stream().anyMatch(java.util.Objects::nonNull))
                .map(r -> Map.of("name", r.name(), "scores", r.scores())).toList());
        // inside a <script type="application/json"> block: no "</script>" can close it early
        model.addAttribute("chartData", json.writeValueAsString(chart).replace("<", "\\u003c"));
        return "trajectory/client";
    }
}
