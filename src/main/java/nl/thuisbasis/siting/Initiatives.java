package nl.thuisbasis.siting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.siting.domain.InitiativeProcess;
import nl.thuisbasis.siting.domain.InitiativeStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New facility initiatives: registered with their intended facility, then walked through the steps. When the
 * initiative is taken into use, the facility enters the register in the same transaction as the step.
 */
@Service
public class Initiatives {

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ProcessingLog log;
    private final java.time.Clock clock;
    private final nl.thuisbasis.region.GeoLookup geo;

    Initiatives(JdbcClient jdbc, FacilityRegister register, ProcessingLog log, nl.thuisbasis.region.GeoLookup geo,
            java.util.Optional<java.time.Clock> clock) {
        this.geo = geo;
        this.jdbc = jdbc;
        this.register = register;
        this.log = log;
        this.clock = clock.orElse(java.time.Clock.systemDefaultZone());
    }

    /** Refused input, with the reasons in Dutch. Nothing was saved. */
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

    /** A step to record, as entered. */
    public record StepInput(InitiativeStep step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
            LocalDate publishedOn, String notes, String links) {
    }

    /** Registers an initiative; the intended facility must meet the register's rules (as a planned facility). */
    @Transactional
    public Initiative create(CurrentUser user, String name, FacilityDraft intended) {
        scopeOf(user);
        FacilityDraft asPlanned = planned(intended, null);
        List<String> problems = new ArrayList<>(register.problemsFor(asPlanned));
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.addFirst("Geef het initiatief een naam (hoogstens 200 tekens).");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        UUID id = UUID.randomUUID();
        String municipality = municipalityOf(intended);
        jdbc.sql("""
                insert into initiative (id, name, provider_code, facility_type, target_groups, capacity, capacity_unit,
                    street, house_number, postcode, place, lon, lat, municipality_code, created_by)
                values (?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name.trim(), intended.providerCode(), intended.type().name(),
                        "{" + String.join(",", intended.targetGroups().stream().map(Enum::name).sorted().toList()) + "}",
                        intended.capacity(), intended.capacityUnit().name(), intended.street().trim(),
                        intended.houseNumber().trim(), intended.normalisedPostcode(), intended.place().trim(),
                        intended.lon(), intended.lat(), municipality, user.getUsername())
                .update();
        log.record(Processing.of("siting.initiative.create", "initiative", id.toString(), ScoringModels.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return find(user, id).orElseThrow();
    }

    @Transactional
    public Initiative recordStep(CurrentUser user, UUID initiativeId, StepInput input) {
        Initiative initiative = find(user, initiativeId).orElseThrow(() -> new Refused(List.of("Dit initiatief bestaat niet.")));
        List<InitiativeProcess.Recorded> history = initiative.steps().stream().map(s -> new InitiativeProcess.Recorded(
                s.step(), s.date(), s.scanId() == null ? null : s.scanId().toString(), s.decisionBody(), s.approved(),
                s.publishedOn())).toList();
        List<String> problems = new ArrayList<>(InitiativeProcess.check(initiative.facilityType().category(), history,
                new InitiativeProcess.Proposed(input.step(), input.date(), input.scanId() == null ? null : input.scanId().toString(),
                        input.decisionBody(), input.approved(), input.publishedOn()), LocalDate.now(clock)));
        if (input.step() == InitiativeStep.SCAN && input.scanId() != null
                && jdbc.sql("select count(*) from scan where id = ?").param(input.scanId()).query(Long.class).single() == 0) {
            problems.add("Scan " + input.scanId() + " bestaat niet.");
        }
        if (input.notes() != null && input.notes().length() > 4000) {
            problems.add("De notities zijn te lang (hoogstens 4000 tekens).");
        }
        if (input.links() != null && input.links().length() > 2000) {
            problems.add("De links zijn te lang (hoogstens 2000 tekens).");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        UUID facilityId = null;
        if (input.step() == InitiativeStep.IN_USE) {
            try {
                Facility facility = register.register(planned(draftOf(initiative), input.date()));
                facilityId = facility.id().value();
            } catch (FacilityRegister.Refused e) {
                throw new Refused(e.problems());
            }
        }
        jdbc.sql("""
                insert into initiative_step (id, initiative_id, step, step_date, scan_id, decision_body, approved,
                    published_on, notes, links, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), initiativeId, input.step().name(), input.date(),
                        input.step() == InitiativeStep.SCAN ? input.scanId() : null,
                        input.step() == InitiativeStep.DECISION ? input.decisionBody() : null,
                        input.step() == InitiativeStep.DECISION ? input.approved() : null,
                        input.step() == InitiativeStep.DECISION ? input.publishedOn() : null,
                        blankToNull(input.notes()), blankToNull(input.links()), user.getUsername())
                .update();
        if (facilityId != null) {
            jdbc.sql("update initiative set facility_id = ? where id = ?").params(facilityId, initiativeId).update();
        }
        log.record(Processing.of("siting.initiative.step", "initiative", initiativeId.toString(), ScoringModels.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO).withDetails(input.step().name()));
        return find(user, initiativeId).orElseThrow();
    }

    /** The initiatives the user may follow: a municipality its own, coordinators and admins all. */
    @Transactional(readOnly = true)
    public List<Initiative> list(CurrentUser user) {
        List<UUID> ids = jdbc.sql("select id from initiative where (:m::varchar is null or municipality_code = :m) order by created_at desc")
                .param("m", scopeOf(user)).query(UUID.class).list();
        return ids.stream().map(id -> find(user, id).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Initiative> find(CurrentUser user, UUID id) {
        List<Initiative.Step> steps = jdbc.sql("select * from initiative_step where initiative_id = ? order by step_date, recorded_at")
                .param(id).query(Initiatives::step).list();
        return jdbc.sql("select * from initiative where id = ? and (?::varchar is null or municipality_code = ?)")
                .params(id, scopeOf(user), scopeOf(user))
                .query((rs, row) -> initiative(rs, steps)).optional();
    }

    private static String scopeOf(CurrentUser user) {
        if (!SitingAccess.SCAN_ROLES.contains(user.role())) {
            throw new AccessDeniedException("Not allowed");
        }
        return user.role() == Role.MUNICIPALITY ? user.organisation().municipalityCode() : null;
    }

    private String municipalityOf(FacilityDraft draft) {
        return geo.locate(draft.lon(), draft.lat()).municipalityCode();
    }

    static FacilityDraft draftOf(Initiative i) {
        return new FacilityDraft(i.name(), i.facilityType(), i.targetGroups(), i.providerCode(), null, i.street(),
                i.houseNumber(), i.postcode(), i.place(), i.lon(), i.lat(), i.capacity(), i.capacityUnit(),
                FacilityStatus.PLANNED, null, null, null, true, null, null, false, false, false);
    }

    /** The intended facility as a planned one, or in use from {@code openedOn}. */
    private static FacilityDraft planned(FacilityDraft d, LocalDate openedOn) {
        return new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(), d.owner(), d.street(),
                d.houseNumber(), d.postcode(), d.place(), d.lon(), d.lat(), d.capacity(), d.capacityUnit(),
                openedOn == null ? FacilityStatus.PLANNED : FacilityStatus.IN_USE, openedOn, openedOn, null,
                d.contracted(), d.publicContact(), d.url(), d.secretAddress(), false, false);
    }

    private static Initiative initiative(ResultSet rs, List<Initiative.Step> steps) throws SQLException {
        return new Initiative(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("provider_code"),
                FacilityType.valueOf(rs.getString("facility_type")), groups(rs.getArray("target_groups")),
                rs.getInt("capacity"), CapacityUnit.valueOf(rs.getString("capacity_unit")), rs.getString("street"),
                rs.getString("house_number"), rs.getString("postcode"), rs.getString("place"), rs.getDouble("lon"),
                rs.getDouble("lat"), rs.getString("municipality_code"), rs.getObject("facility_id", UUID.class),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), steps);
    }

    private static Initiative.Step step(ResultSet rs, int row) throws SQLException {
        return new Initiative.Step(rs.getObject("id", UUID.class), InitiativeStep.valueOf(rs.getString("step")),
                rs.getObject("step_date", LocalDate.class), rs.getObject("scan_id", UUID.class), rs.getString("decision_body"),
                (Boolean) rs.getObject("approved"), rs.getObject("published_on", LocalDate.class), rs.getString("notes"),
                rs.getString("links"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static Set<TargetGroup> groups(Array array) throws SQLException {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(o -> TargetGroup.valueOf(o.toString())).forEach(groups::add);
        }
        return groups;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
