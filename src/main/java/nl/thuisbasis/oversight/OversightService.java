package nl.thuisbasis.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
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

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ProcessingLog log;

    OversightService(JdbcClient jdbc, FacilityRegister register, ProcessingLog log) {
        this.jdbc = jdbc;
        this.register = register;
        this.log = log;
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

    private Facility manageable(CurrentUser user, FacilityId id) {
        Facility facility = register.findInFull(id).orElseThrow(NotVisible::new);
        boolean allowed = MANAGERS.contains(user.role()) && (user.role() != Role.MUNICIPALITY
                || facility.municipalityCode().equals(user.organisation().municipalityCode()));
        if (!allowed) {
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
        List<OversightProfile.RegimeChange> history = jdbc.sql(
                "select * from regime_change where facility_id = ? order by decided_on desc, recorded_at desc")
                .param(f.id().value())
                .query((rs, row) -> new OversightProfile.RegimeChange(
                        rs.getString("from_regime") == null ? null : Regime.valueOf(rs.getString("from_regime")),
                        Regime.valueOf(rs.getString("to_regime")), rs.getString("reason"), rs.getBoolean("urgent"),
                        rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
        return jdbc.sql("select * from oversight_profile where facility_id = ?").param(f.id().value())
                .query((rs, row) -> {
                    LocalDate review = rs.getObject("covenant_last_review", LocalDate.class);
                    boolean current = rs.getBoolean("covenant_present") && review != null
                            && !review.plus(InventoryTally.COVENANT_CURRENT_FOR).isBefore(LocalDate.now());
                    java.sql.Array parties = rs.getArray("committee_parties");
                    return new OversightProfile(f.id().toString(), f.name(), rs.getBoolean("committee_present"),
                            parties == null ? List.of() : List.of((String[]) parties.getArray()),
                            rs.getString("meeting_cadence"), rs.getObject("last_meeting", LocalDate.class),
                            rs.getObject("next_meeting", LocalDate.class), rs.getString("minutes_url"),
                            rs.getBoolean("covenant_present"), rs.getObject("covenant_signed_on", LocalDate.class), review,
                            rs.getBoolean("covenant_has_register"), rs.getBoolean("covenant_has_report_card"), current,
                            Regime.valueOf(rs.getString("regime")), rs.getBoolean("extra_supervision"), rs.getInt("version"),
                            history);
                })
                .single();
    }
}
