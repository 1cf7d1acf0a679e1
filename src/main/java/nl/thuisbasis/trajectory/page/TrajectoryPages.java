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
    private final nl.thuisbasis.facility.FacilityRegister facilities;
    private final nl.thuisbasis.trajectory.plan.SupportPlans plans;
    private final nl.thuisbasis.trajectory.readiness.Readiness readiness;
    private final CrisisPlans crisisPlans;

    TrajectoryPages(Clients clients, Assessments assessments, JsonMapper json, nl.thuisbasis.region.RegionCatalog regions,
            nl.thuisbasis.facility.FacilityRegister facilities, nl.thuisbasis.trajectory.plan.SupportPlans plans,
            nl.thuisbasis.trajectory.readiness.Readiness readiness, CrisisPlans crisisPlans) {
        this.crisisPlans = crisisPlans;
        this.readiness = readiness;
        this.facilities = facilities;
        this.plans = plans;
        this.regions = regions;
        this.clients = clients;
        this.assessments = assessments;
        this.json = json;
    }

    /**
     * Registering for the priority scheme starts from the trajectory: the outflow form, pre-filled with what the
     * trajectory knows (the client number as reference, the kind of home where the scheme has it, the municipalities,
     * the provider as the one who supports the client).
     */
    static String registerUrl(nl.thuisbasis.trajectory.client.ClientView client) {
        org.springframework.web.util.UriComponentsBuilder url = org.springframework.web.util.UriComponentsBuilder
                .fromPath("/uitstroom/kandidaten/nieuw").queryParam("traject", client.id())
                .queryParam("reference", client.clientNumber()).queryParam("supportProvider", client.providerCode());
        if (client.targetHousing() == nl.thuisbasis.trajectory.domain.TargetHousing.TENANCY_WITH_CARE
                || client.targetHousing() == nl.thuisbasis.trajectory.domain.TargetHousing.HOUSING_FIRST) {
            url.queryParam("targetHousing", client.targetHousing().name());
        }
        if (client.preferredMunicipality() != null) {
            url.queryParam("preferred", client.preferredMunicipality());
        }
        if (client.originMunicipality() != null) {
            url.queryParam("originMunicipality", client.originMunicipality());
        }
        return url.build().encode().toUriString();
    }

    /**
     * The client's current facility from the register, and the days since they came there: since the latest move to
     * "in a facility", or since the trajectory started when it began there. None once housed or closed.
     */
    private void facility(Clients.Overview overview, Model model) {
        nl.thuisbasis.trajectory.client.ClientView client = overview.client();
        if (client.facilityId() == null) {
            return;
        }
        facilities.findInFull(new nl.thuisbasis.facility.FacilityId(client.facilityId())).ifPresent(f -> {
            model.addAttribute("facility", f);
            if (client.phase() == Phase.INTAKE || client.phase() == Phase.IN_FACILITY || client.phase() == Phase.PREPARING_OUTFLOW) {
                java.time.LocalDate since = overview.phases().stream().filter(p -> p.phase() == Phase.IN_FACILITY)
                        .map(nl.thuisbasis.trajectory.client.PhaseStep::since).max(java.util.Comparator.naturalOrder())
                        .orElse(overview.phases().stream().map(nl.thuisbasis.trajectory.client.PhaseStep::since)
                                .min(java.util.Comparator.naturalOrder()).orElse(clients.today()));
                model.addAttribute("facilityDays", java.time.temporal.ChronoUnit.DAYS.between(since, clients.today()));
            }
        });
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
        model.addAttribute("plan", plans.plan(user, id));
        model.addAttribute("readiness", readiness.checklist(user, id));
        model.addAttribute("registerUrl", registerUrl(overview.client()));
        facility(overview, model);
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
