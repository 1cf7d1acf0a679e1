package nl.thuisbasis.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.oversight.domain.EscalationLadder;
import nl.thuisbasis.oversight.domain.Party;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.domain.RegimeSuggestion;
import nl.thuisbasis.reports.ReportStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Oversight per facility. Everyone who sees a facility in full may read its oversight; the municipality it lies in,
 * region coordinators and admins move it on the escalation ladder. Every move is kept with its reason.
 */
@Service
public class OversightService {

    static final String PURPOSE = "Beheer van voorzieningen in de wijk (escalatieladder)";
    static final Set<Role> MANAGERS = Set.of(Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.ADMIN);

    static final List<String> ACTION_STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ProcessingLog log;
    private final OversightProperties properties;
    private final ReportStatistics reports;

    OversightService(JdbcClient jdbc, FacilityRegister register, ProcessingLog log, OversightProperties properties,
            ReportStatistics reports) {
        this.jdbc = jdbc;
        this.register = register;
        this.log = log;
        this.properties = properties;
        this.reports = reports;
    }

    /** Input refused, with the reasons in Dutch; nothing was changed. */
    public static class Refused extends RuntimeException {
        private final transient List<String> problems;

        public Refused(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The facility does not exist for this user (or they do not see it in full): answered as "not found". */
    public static class NotVisible extends RuntimeException {
        NotVisible() {
            super("facility not visible in full");
        }
    }

    /** The oversight of a facility the user sees in full; a facility without a profile yet starts dormant. */
    @Transactional
    public java.util.Optional<OversightProfile> profile(FacilityId id) {
        return register.findInFull(id).map(f -> {
            ensure(f, "systeem");
            return read(f);
        });
    }

    @Transactional
    public OversightProfile changeRegime(CurrentUser user, FacilityId id, Regime to, String reason, boolean urgent,
            String decidedBy, LocalDate decidedOn) {
        Facility facility = manageable(user, id);
        ensure(facility, user.getUsername());
        Regime from = jdbc.sql("select regime from oversight_profile where facility_id = ? for update")
                .param(id.value()).query(String.class).optional().map(Regime::valueOf).orElse(Regime.DORMANT);
        List<String> problems = new ArrayList<>(EscalationLadder.check(new EscalationLadder.Move(from, to, reason, urgent)));
        if (decidedBy == null || decidedBy.isBlank()) {
            problems.add("Geef wie het besluit nam (bijvoorbeeld het overleg zorg en veiligheid).");
        }
        if (decidedOn == null) {
            problems.add("Geef de datum van het besluit.");
        } else if (decidedOn.isAfter(LocalDate.now())) {
            problems.add("De datum van het besluit kan niet in de toekomst liggen.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        jdbc.sql("""
                insert into regime_change (id, facility_id, from_regime, to_regime, reason, urgent, decided_by, decided_on, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), from.name(), to.name(), reason.trim(), urgent, decidedBy.trim(),
                        decidedOn, user.getUsername())
                .update();
        boolean endSupervision = EscalationLadder.endsExtraSupervision(new EscalationLadder.Move(from, to, reason, urgent))
                && Boolean.TRUE.equals(jdbc.sql("select extra_supervision from oversight_profile where facility_id = ?")
                        .param(id.value()).query(Boolean.class).single());
        if (endSupervision) {
            jdbc.sql("insert into extra_supervision_change (id, facility_id, switched_on, reason, decided_on, recorded_by) values (?, ?, false, ?, ?, ?)")
                    .params(UUID.randomUUID(), id.value(), "Einde verbetertraject: " + reason.trim(), decidedOn, user.getUsername())
                    .update();
        }
        if (to == Regime.IMPROVEMENT_TRACK) {
            openTrack(id, decidedOn, reason.trim(), user.getUsername());
        } else if (from == Regime.IMPROVEMENT_TRACK) {
            jdbc.sql("update improvement_track set ended_on = ? where facility_id = ? and ended_on is null")
                    .params(decidedOn, id.value()).update();
        }
        jdbc.sql("""
                update oversight_profile set regime = ?, extra_supervision = extra_supervision and ? = 'IMPROVEMENT_TRACK',
                    version = version + 1, updated_by = ?, updated_at = now() where facility_id = ?""")
                .params(to.name(), to.name(), user.getUsername(), id.value()).update();
        log.record(Processing.of("oversight.regime", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(from + " -> " + to));
        return read(facility);
    }

    @Transactional
    public OversightProfile setExtraSupervision(CurrentUser user, FacilityId id, boolean on, String reason, LocalDate decidedOn) {
        Facility facility = manageable(user, id);
        ensure(facility, user.getUsername());
        Regime regime = Regime.valueOf(jdbc.sql("select regime from oversight_profile where facility_id = ?")
                .param(id.value()).query(String.class).single());
        List<String> problems = new ArrayList<>();
        if (on && !EscalationLadder.extraSupervisionAllowed(regime)) {
            problems.add("Extra toezicht kan alleen naast een verbetertraject.");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("Geef de reden.");
        }
        if (decidedOn == null) {
            problems.add("Geef de datum van het besluit.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        jdbc.sql("insert into extra_supervision_change (id, facility_id, switched_on, reason, decided_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), on, reason.trim(), decidedOn, user.getUsername()).update();
        jdbc.sql("update oversight_profile set extra_supervision = ?, version = version + 1, updated_by = ?, updated_at = now() where facility_id = ?")
                .params(on, user.getUsername(), id.value()).update();
        log.record(Processing.of("oversight.extra-supervision", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(on ? "aan" : "uit"));
        return read(facility);
    }

    /** The committee as it is now. Members: party code -> who represents it (a party left empty is not on it). */
    @Transactional
    public OversightProfile updateCommittee(CurrentUser user, FacilityId id, int version, boolean present,
            Map<String, String> members, String cadence, LocalDate lastMeeting, LocalDate nextMeeting, String minutesUrl) {
        Facility facility = editable(user, id);
        ensure(facility, user.getUsername());
        List<String> problems = new ArrayList<>();
        Map<Party, String> kept = new EnumMap<>(Party.class);
        for (Map.Entry<String, String> m : (members == null ? Map.<String, String>of() : members).entrySet()) {
            String who = m.getValue() == null ? "" : m.getValue().trim();
            if (who.isEmpty()) {
                continue;
            }
            try {
                kept.put(Party.valueOf(m.getKey()), who);
            } catch (IllegalArgumentException e) {
                problems.add("Onbekende partij: " + m.getKey() + ".");
            }
            if (who.length() > 300) {
                problems.add("Wie een partij vertegenwoordigt is hoogstens 300 tekens.");
            }
        }
        if (present && kept.isEmpty()) {
            problems.add("Geef ten minste één partij in de beheercommissie.");
        }
        if (lastMeeting != null && lastMeeting.isAfter(LocalDate.now())) {
            problems.add("De laatste vergadering kan niet in de toekomst liggen.");
        }
        if (lastMeeting != null && nextMeeting != null && !nextMeeting.isAfter(lastMeeting)) {
            problems.add("De volgende vergadering moet na de laatste liggen.");
        }
        if (cadence != null && cadence.length() > 100) {
            problems.add("De vergaderfrequentie is hoogstens 100 tekens.");
        }
        String url = blank(minutesUrl);
        if (url != null && (url.length() > 300 || !url.matches("https?://\\S+"))) {
            problems.add("De link naar de verslagen moet met http:// of https:// beginnen.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        versioned(jdbc.sql("""
                update oversight_profile set committee_present = ?, committee_parties = ?::varchar[], meeting_cadence = ?,
                    last_meeting = ?, next_meeting = ?, minutes_url = ?, version = version + 1, updated_by = ?, updated_at = now()
                where facility_id = ? and version = ?""")
                .params(present, "{" + String.join(",", kept.keySet().stream().map(Enum::name).toList()) + "}",
                        blank(cadence), lastMeeting, nextMeeting, url, user.getUsername(), id.value(), version).update());
        jdbc.sql("delete from committee_member where facility_id = ?").param(id.value()).update();
        kept.forEach((party, who) -> jdbc.sql("insert into committee_member (facility_id, party, represented_by) values (?, ?, ?)")
                .params(id.value(), party.name(), who).update());
        log.record(Processing.of("oversight.committee", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return read(facility);
    }

    @Transactional
    public OversightProfile updateCovenant(CurrentUser user, FacilityId id, int version, boolean present, LocalDate signedOn,
            LocalDate lastReview, boolean hasRegister, boolean hasReportCard) {
        Facility facility = editable(user, id);
        ensure(facility, user.getUsername());
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now();
        if (signedOn != null && signedOn.isAfter(today) || lastReview != null && lastReview.isAfter(today)) {
            problems.add("Ondertekening en evaluatie kunnen niet in de toekomst liggen.");
        }
        if (signedOn != null && lastReview != null && lastReview.isBefore(signedOn)) {
            problems.add("De laatste evaluatie kan niet vóór de ondertekening liggen.");
        }
        if (!present && (signedOn != null || lastReview != null || hasRegister || hasReportCard)) {
            problems.add("Zonder convenant horen er geen data of onderdelen bij; vink 'er is een convenant' aan.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        versioned(jdbc.sql("""
                update oversight_profile set covenant_present = ?, covenant_signed_on = ?, covenant_last_review = ?,
                    covenant_has_register = ?, covenant_has_report_card = ?, version = version + 1, updated_by = ?, updated_at = now()
                where facility_id = ? and version = ?""")
                .params(present, signedOn, lastReview, hasRegister, hasReportCard, user.getUsername(), id.value(), version).update());
        log.record(Processing.of("oversight.covenant", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return read(facility);
    }

    @Transactional
    public OversightProfile addMeasurement(CurrentUser user, FacilityId id, String kind, String method, BigDecimal score,
            LocalDate measuredOn, String notes) {
        Facility facility = editable(user, id);
        ensure(facility, user.getUsername());
        List<String> problems = new ArrayList<>();
        if (!"BASELINE".equals(kind) && !"FOLLOW_UP".equals(kind)) {
            problems.add("Kies of het een nulmeting of een vervolgmeting is.");
        }
        if (blank(method) == null || method.length() > 200) {
            problems.add("Geef de methode (hoogstens 200 tekens), bijvoorbeeld 'Leefbaarometer' of 'bewonersenquête'.");
        }
        if (score == null) {
            problems.add("Geef de score.");
        } else if (score.abs().compareTo(new BigDecimal("99999")) > 0) {
            problems.add("De score is te groot.");
        }
        if (measuredOn == null) {
            problems.add("Geef de datum van de meting.");
        } else if (measuredOn.isAfter(LocalDate.now())) {
            problems.add("De meting kan niet in de toekomst liggen.");
        }
        if (notes != null && notes.length() > 2000) {
            problems.add("De toelichting is hoogstens 2000 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        jdbc.sql("""
                insert into liveability_measurement (id, facility_id, kind, method, score, measured_on, notes, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), kind, method.trim(), score, measuredOn, blank(notes), user.getUsername()).update();
        log.record(Processing.of("oversight.liveability", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return read(facility);
    }

    /** Adds an action to the plan of the location's improvement track (there must be one: the regime says so). */
    @Transactional
    public OversightProfile addAction(CurrentUser user, FacilityId id, String description, String owner, LocalDate deadline) {
        Facility facility = manageable(user, id);
        ensure(facility, user.getUsername());
        Regime regime = Regime.valueOf(jdbc.sql("select regime from oversight_profile where facility_id = ?")
                .param(id.value()).query(String.class).single());
        List<String> problems = new ArrayList<>();
        if (regime != Regime.IMPROVEMENT_TRACK) {
            problems.add("Acties horen bij een verbetertraject; zet de locatie eerst op die trede van de ladder.");
        }
        if (blank(description) == null || description.length() > 1000) {
            problems.add("Beschrijf de actie (hoogstens 1000 tekens).");
        }
        if (blank(owner) == null || owner.length() > 100) {
            problems.add("Geef de organisatie die de actie uitvoert.");
        }
        if (deadline == null) {
            problems.add("Geef de deadline.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        UUID track = openTrack(id, LocalDate.now(), null, user.getUsername());
        jdbc.sql("""
                insert into improvement_action (id, track_id, description, owner_organisation, deadline, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), track, description.trim(), owner.trim(), deadline, user.getUsername(), user.getUsername())
                .update();
        log.record(Processing.of("oversight.action.add", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return read(facility);
    }

    /** A new status for an action: managers, the facility's provider and the action's owner organisation may set it. */
    @Transactional
    public OversightProfile setActionStatus(CurrentUser user, FacilityId id, UUID actionId, int version, String status) {
        Facility facility = register.findInFull(id).orElseThrow(NotVisible::new);
        String owner = jdbc.sql("""
                select a.owner_organisation from improvement_action a join improvement_track t on t.id = a.track_id
                where a.id = ? and t.facility_id = ?""").params(actionId, id.value()).query(String.class).optional()
                .orElseThrow(() -> new Refused(List.of("Deze actie bestaat niet.")));
        boolean allowed = mayManage(user, facility) || mayEditDetails(user, facility) || owner.equals(user.organisationCode())
                || owner.equals(user.organisation().name());
        if (!allowed) {
            throw new AccessDeniedException("not allowed to update this action");
        }
        if (!ACTION_STATUSES.contains(status)) {
            throw new Refused(List.of("Kies een status: open, bezig, klaar of vervallen."));
        }
        versioned(jdbc.sql("""
                update improvement_action set status = ?, done_on = case when ? = 'DONE' then current_date else null end,
                    version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?""")
                .params(status, status, user.getUsername(), actionId, version).update());
        log.record(Processing.of("oversight.action.status", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(status));
        return read(facility);
    }

    /** Whether the user moves this location on the ladder and keeps its plan of actions. */
    public boolean mayManage(CurrentUser user, Facility facility) {
        return MANAGERS.contains(user.role()) && (user.role() != Role.MUNICIPALITY
                || facility.municipalityCode().equals(user.organisation().municipalityCode()));
    }

    /** Whether the user keeps committee, covenant and measurements: managers and the facility's own provider. */
    public boolean mayEditDetails(CurrentUser user, Facility facility) {
        return mayManage(user, facility)
                || user.role() == Role.PROVIDER && user.organisationCode().equals(facility.providerCode());
    }

    /** One row of the overview of a municipality (or of the region): where each contracted location stands. */
    public record OverviewRow(OversightProfile profile, int reportsInWindow, int overdueReports,
            java.util.Optional<RegimeSuggestion.Suggestion> suggestion) {
    }

    /** The contracted locations in a municipality (null: all the user sees in full), heaviest regime first. */
    @Transactional
    public List<OverviewRow> overview(CurrentUser user, String municipalityCode) {
        if (!MANAGERS.contains(user.role())) {
            throw new AccessDeniedException("oversight overview is for municipalities and the region");
        }
        String scope = user.role() == Role.MUNICIPALITY ? user.organisation().municipalityCode() : municipalityCode;
        List<OverviewRow> rows = new ArrayList<>();
        for (Facility f : register.contractedInFull(scope)) {
            ensure(f, "systeem");
            OversightProfile profile = read(f);
            int recent = reports.recent(f.id(), properties.suggestWindowDays());
            int overdue = reports.overdue(f.id());
            rows.add(new OverviewRow(profile, recent, overdue, RegimeSuggestion.suggest(
                    new RegimeSuggestion.Signals(profile.regime(), recent, overdue, daysOnRegime(profile)), properties.suggestionRule())));
        }
        rows.sort(java.util.Comparator.comparing((OverviewRow r) -> r.profile().regime()).reversed()
                .thenComparing(r -> -(r.profile().track() == null ? 0 : r.profile().track().overdue()))
                .thenComparing(r -> r.profile().facilityName()));
        return rows;
    }

    /**
     * What the reports say about a location: nuisance reports and compliments per month (12 months), the reports
     * since the committee's last meeting (or the last 90 days when there was none), and the suggestion with its reasons.
     */
    public record ReportSignals(List<ReportStatistics.Month> perMonth, LocalDate since, List<ReportStatistics.Summary> sinceLastMeeting,
            int recent, int overdue, int windowDays, java.util.Optional<RegimeSuggestion.Suggestion> suggestion) {

        /** Nuisance reports in the last three months against the three before: the trend. */
        public int trend() {
            int n = perMonth.size();
            if (n < 6) {
                return 0;
            }
            int last = 0;
            int before = 0;
            for (int i = 0; i < 3; i++) {
                last += perMonth.get(n - 1 - i).nuisance();
                before += perMonth.get(n - 4 - i).nuisance();
            }
            return Integer.compare(last, before);
        }
    }

    @Transactional(readOnly = true)
    public ReportSignals reportSignals(OversightProfile profile) {
        FacilityId id = FacilityId.parse(profile.facilityId()).orElseThrow();
        int recent = reports.recent(id, properties.suggestWindowDays());
        int overdue = reports.overdue(id);
        LocalDate since = profile.lastMeeting() != null ? profile.lastMeeting() : LocalDate.now().minusDays(90);
        return new ReportSignals(reports.perMonth(id, 12), since, reports.since(id, since), recent, overdue,
                properties.suggestWindowDays(), RegimeSuggestion.suggest(
                        new RegimeSuggestion.Signals(profile.regime(), recent, overdue, daysOnRegime(profile)), properties.suggestionRule()));
    }

    public int suggestionWindowDays() {
        return properties.suggestWindowDays();
    }

    /** Overdue actions of open improvement tracks, in the municipality (null: everywhere the user sees), oldest first. */
    @Transactional(readOnly = true)
    public List<OverdueAction> overdueActions(CurrentUser user, String municipalityCode) {
        if (!MANAGERS.contains(user.role())) {
            throw new AccessDeniedException("oversight overview is for municipalities and the region");
        }
        String scope = user.role() == Role.MUNICIPALITY ? user.organisation().municipalityCode() : municipalityCode;
        List<OverdueAction> result = new ArrayList<>();
        List<OverdueAction> all = jdbc.sql("""
                select a.*, t.facility_id from improvement_action a join improvement_track t on t.id = a.track_id
                where t.ended_on is null and a.status in ('OPEN', 'IN_PROGRESS') and a.deadline < current_date
                order by a.deadline""")
                .query((rs, n) -> new OverdueAction(rs.getObject("facility_id", UUID.class).toString(), null,
                        rs.getString("description"), rs.getString("owner_organisation"), rs.getObject("deadline", LocalDate.class),
                        rs.getString("status"))).list();
        for (OverdueAction a : all) {
            FacilityId.parse(a.facilityId()).flatMap(register::findInFull)
                    .filter(f -> scope == null || f.municipalityCode().equals(scope))
                    .ifPresent(f -> result.add(new OverdueAction(a.facilityId(), f.name(), a.description(), a.owner(),
                            a.deadline(), a.status())));
        }
        return result;
    }

    public record OverdueAction(String facilityId, String facilityName, String description, String owner, LocalDate deadline,
            String status) {
    }

    /** Days since the last move on the ladder (a location never moved has been on its rung "forever"). */
    static long daysOnRegime(OversightProfile profile) {
        return profile.history().isEmpty() ? Long.MAX_VALUE
                : java.time.temporal.ChronoUnit.DAYS.between(profile.history().get(0).decidedOn(), LocalDate.now());
    }

    private UUID openTrack(FacilityId id, LocalDate startedOn, String goal, String actor) {
        return jdbc.sql("select id from improvement_track where facility_id = ? and ended_on is null").param(id.value())
                .query(UUID.class).optional().orElseGet(() -> {
                    UUID track = UUID.randomUUID();
                    jdbc.sql("insert into improvement_track (id, facility_id, started_on, goal, started_by) values (?, ?, ?, ?, ?)")
                            .params(track, id.value(), startedOn, goal, actor).update();
                    return track;
                });
    }

    private static void versioned(int updated) {
        if (updated != 1) {
            throw new Stale();
        }
    }

    /** Someone else changed it in the meantime; nothing was changed. */
    public static class Stale extends RuntimeException {
        Stale() {
            super("changed by someone else in the meantime");
        }
    }

    private Facility editable(CurrentUser user, FacilityId id) {
        Facility facility = register.findInFull(id).orElseThrow(NotVisible::new);
        if (!mayEditDetails(user, facility)) {
            log.record(new Processing("oversight.edit", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO,
                    Processing.Outcome.DENIED, null));
            throw new AccessDeniedException("not allowed to edit oversight");
        }
        return facility;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Facility manageable(CurrentUser user, FacilityId id) {
        Facility facility = register.findInFull(id).orElseThrow(NotVisible::new);
        if (!mayManage(user, facility)) {
            log.record(new Processing("oversight.regime", "facility", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO,
                    Processing.Outcome.DENIED, null));
            throw new AccessDeniedException("not allowed to manage oversight");
        }
        return facility;
    }

    private void ensure(Facility facility, String actor) {
        jdbc.sql("insert into oversight_profile (facility_id, updated_by) values (?, ?) on conflict do nothing")
                .params(facility.id().value(), actor).update();
    }

    private OversightProfile read(Facility f) {
        UUID fid = f.id().value();
        List<OversightProfile.RegimeChange> history = jdbc.sql(
                "select * from regime_change where facility_id = ? order by decided_on desc, recorded_at desc")
                .param(fid)
                .query((rs, row) -> new OversightProfile.RegimeChange(
                        rs.getString("from_regime") == null ? null : Regime.valueOf(rs.getString("from_regime")),
                        Regime.valueOf(rs.getString("to_regime")), rs.getString("reason"), rs.getBoolean("urgent"),
                        rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
        List<OversightProfile.SupervisionChange> supervision = jdbc.sql(
                "select * from extra_supervision_change where facility_id = ? order by decided_on desc, recorded_at desc")
                .param(fid).query((rs, row) -> new OversightProfile.SupervisionChange(rs.getBoolean("switched_on"),
                        rs.getString("reason"), rs.getObject("decided_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
        Map<String, String> members = new LinkedHashMap<>();
        jdbc.sql("select party, represented_by from committee_member where facility_id = ?").param(fid)
                .query((rs, row) -> Map.entry(Party.valueOf(rs.getString("party")), rs.getString("represented_by"))).list()
                .stream().sorted(Map.Entry.comparingByKey()).forEach(e -> members.put(e.getKey().name(), e.getValue()));
        List<OversightProfile.Measurement> measurements = jdbc.sql(
                "select * from liveability_measurement where facility_id = ? order by measured_on, recorded_at").param(fid)
                .query((rs, row) -> new OversightProfile.Measurement(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("method"), rs.getBigDecimal("score"), rs.getObject("measured_on", LocalDate.class),
                        rs.getString("notes"), rs.getString("recorded_by"))).list();
        LocalDate today = LocalDate.now();
        OversightProfile.Track track = jdbc.sql("select * from improvement_track where facility_id = ? and ended_on is null")
                .param(fid).query((rs, row) -> {
                    UUID tid = rs.getObject("id", UUID.class);
                    List<OversightProfile.Action> actions = jdbc.sql(
                            "select * from improvement_action where track_id = ? order by deadline, created_at").param(tid)
                            .query((a, n) -> {
                                LocalDate deadline = a.getObject("deadline", LocalDate.class);
                                String status = a.getString("status");
                                return new OversightProfile.Action(a.getObject("id", UUID.class), a.getString("description"),
                                        a.getString("owner_organisation"), deadline, status, a.getObject("done_on", LocalDate.class),
                                        a.getInt("version"), (status.equals("OPEN") || status.equals("IN_PROGRESS"))
                                                && deadline.isBefore(today));
                            }).list();
                    return new OversightProfile.Track(tid, rs.getObject("started_on", LocalDate.class), rs.getString("goal"), actions);
                }).optional().orElse(null);
        return jdbc.sql("select * from oversight_profile where facility_id = ?").param(fid)
                .query((rs, row) -> {
                    LocalDate review = rs.getObject("covenant_last_review", LocalDate.class);
                    boolean current = rs.getBoolean("covenant_present") && review != null
                            && !review.plus(properties.covenantCurrentFor()).isBefore(today);
                    return new OversightProfile(f.id().toString(), f.name(), f.municipalityCode(), f.providerCode(),
                            rs.getBoolean("committee_present"), members, rs.getString("meeting_cadence"),
                            rs.getObject("last_meeting", LocalDate.class), rs.getObject("next_meeting", LocalDate.class),
                            rs.getString("minutes_url"), rs.getBoolean("covenant_present"),
                            rs.getObject("covenant_signed_on", LocalDate.class), review, rs.getBoolean("covenant_has_register"),
                            rs.getBoolean("covenant_has_report_card"), current, Regime.valueOf(rs.getString("regime")),
                            rs.getBoolean("extra_supervision"), rs.getInt("version"), history, supervision, measurements, track);
                })
                .single();
    }
}
