package nl.thuisbasis.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventories (inventarisaties): a municipality checks all its contracted locations against one checklist; the
 * result counts locations per needed regime, committees to (re)start and covenants to update, most urgent first.
 */
@Service
public class Inventories {

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ProcessingLog log;
    private final OversightProperties properties;

    Inventories(JdbcClient jdbc, FacilityRegister register, ProcessingLog log, OversightProperties properties) {
        this.jdbc = jdbc;
        this.register = register;
        this.log = log;
        this.properties = properties;
    }

    /** An inventory with its checklists. */
    public record Inventory(UUID id, String municipalityCode, String title, String startedBy, java.time.Instant startedAt,
            List<InventoryAnswers> answers, int answered) {

        /** The day the inventory started, from which its planning counts. */
        public LocalDate startedOn() {
            return LocalDate.ofInstant(startedAt, java.time.ZoneId.of("Europe/Amsterdam"));
        }
    }

    /** A location in the most-urgent-first list, with its place and planning. */
    public record PlannedFinding(int priority, InventoryTally.Finding finding, LocalDate plannedBy) {
    }

    public static List<PlannedFinding> planning(Inventory inventory, InventoryTally.Result result) {
        List<PlannedFinding> lines = new java.util.ArrayList<>();
        int n = 1;
        for (InventoryTally.Finding f : result.mostUrgentFirst()) {
            lines.add(new PlannedFinding(n++, f, InventoryTally.plannedBy(f, inventory.startedOn())));
        }
        return lines;
    }

    /** Starts an inventory over the municipality's contracted locations, each checklist prefilled from what is known. */
    @Transactional
    public Inventory start(CurrentUser user, String municipalityCode, String title) {
        String scope = scope(user, municipalityCode);
        if (scope == null || !scope.matches("GM\\d{4}")) {
            throw new OversightService.Refused(List.of("Kies de gemeente (GM-code) van de inventarisatie."));
        }
        if (title != null && title.length() > 200) {
            throw new OversightService.Refused(List.of("De titel is hoogstens 200 tekens."));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into inventory (id, municipality_code, title, started_by) values (?, ?, ?, ?)")
                .params(id, scope, title == null || title.isBlank() ? "Inventarisatie " + LocalDate.now() : title.trim(),
                        user.getUsername()).update();
        for (Facility f : register.contractedInFull(scope)) {
            jdbc.sql("""
                    insert into inventory_answer (inventory_id, facility_id, facility_name, committee_present, committee_meets,
                        covenant_present, covenant_last_review, register_kept, report_card_present, needed_regime)
                    select ?, ?, ?, coalesce(p.committee_present, false), coalesce(p.committee_present, false),
                        coalesce(p.covenant_present, false), p.covenant_last_review, coalesce(p.covenant_has_register, false),
                        coalesce(p.covenant_has_report_card, false), coalesce(p.regime, 'DORMANT')
                    from (select 1) one left join oversight_profile p on p.facility_id = ?""")
                    .params(id, f.id().value(), f.name(), f.id().value()).update();
        }
        log.record(Processing.of("oversight.inventory.start", "inventory", id.toString(), OversightService.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return find(user, id).orElseThrow();
    }

    /** The inventories this user may see, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> list(CurrentUser user) {
        String scope = scope(user, null);
        return jdbc.sql("""
                select i.*, (select count(*) from inventory_answer a where a.inventory_id = i.id) as locations,
                    (select count(*) from inventory_answer a where a.inventory_id = i.id and a.answered) as answered
                from inventory i where ?::varchar is null or municipality_code = ? order by started_at desc""")
                .params(scope, scope)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
                        rs.getString("title"), rs.getTimestamp("started_at").toInstant(), rs.getInt("locations"),
                        rs.getInt("answered"))).list();
    }

    public record Summary(UUID id, String municipalityCode, String title, java.time.Instant startedAt, int locations,
            int answered) {
    }

    /** Records the checklist of one location. */
    @Transactional
    public Inventory answer(CurrentUser user, UUID inventoryId, InventoryAnswers answers) {
        Inventory inventory = find(user, inventoryId).orElseThrow(() -> new OversightService.Refused(List.of("Deze inventarisatie bestaat niet.")));
        if (answers.neededRegime() == null) {
            throw new OversightService.Refused(List.of("Kies het regime dat nodig is."));
        }
        if (answers.covenantLastReviewed() != null && answers.covenantLastReviewed().isAfter(LocalDate.now())) {
            throw new OversightService.Refused(List.of("De laatste evaluatie van het convenant kan niet in de toekomst liggen."));
        }
        int updated = jdbc.sql("""
                update inventory_answer set committee_present = ?, committee_meets = ?, covenant_present = ?,
                    covenant_last_review = ?, register_kept = ?, report_card_present = ?, liveability_score = ?, needed_regime = ?,
                    answered = true, answered_by = ?, answered_at = now()
                where inventory_id = ? and facility_id = ?::uuid""")
                .params(answers.committeePresent(), answers.committeeMeetsPeriodically(), answers.covenantPresent(),
                        answers.covenantLastReviewed(), answers.reportRegisterKept(), answers.reportCardPresent(),
                        answers.liveabilityScore(), answers.neededRegime().name(), user.getUsername(), inventory.id(),
                        answers.locationCode())
                .update();
        if (updated != 1) {
            throw new OversightService.Refused(List.of("Deze locatie hoort niet bij de inventarisatie."));
        }
        return find(user, inventoryId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Inventory> find(CurrentUser user, UUID id) {
        String scope = scope(user, null);
        return jdbc.sql("select * from inventory where id = ? and (?::varchar is null or municipality_code = ?)")
                .params(id, scope, scope)
                .query((rs, row) -> {
                    List<InventoryAnswers> answers = answers(id);
                    int answered = jdbc.sql("select count(*) from inventory_answer where inventory_id = ? and answered")
                            .param(id).query(Integer.class).single();
                    return new Inventory(id, rs.getString("municipality_code"), rs.getString("title"),
                            rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(), answers, answered);
                })
                .optional();
    }

    /** The tally of an inventory, as of today. */
    public InventoryTally.Result result(Inventory inventory) {
        return InventoryTally.tally(inventory.answers(), LocalDate.now(), properties.covenantCurrentFor());
    }

    private List<InventoryAnswers> answers(UUID id) {
        return jdbc.sql("select * from inventory_answer where inventory_id = ? order by facility_name").param(id)
                .query((rs, row) -> new InventoryAnswers(rs.getObject("facility_id", UUID.class).toString(),
                        rs.getString("facility_name"), rs.getBoolean("committee_present"), rs.getBoolean("committee_meets"),
                        rs.getBoolean("covenant_present"), rs.getObject("covenant_last_review", LocalDate.class),
                        rs.getBoolean("register_kept"), rs.getBoolean("report_card_present"),
                        (Integer) rs.getObject("liveability_score"), Regime.valueOf(rs.getString("needed_regime"))))
                .list();
    }

    /** A municipality works on its own inventories; coordinators and admins on any (they name the municipality). */
    private static String scope(CurrentUser user, String requested) {
        if (!OversightService.MANAGERS.contains(user.role())) {
            throw new AccessDeniedException("not allowed");
        }
        if (user.role() == Role.MUNICIPALITY) {
            return user.organisation().municipalityCode();
        }
        return requested;
    }
}
