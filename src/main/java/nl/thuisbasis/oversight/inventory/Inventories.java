package nl.thuisbasis.oversight.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.OversightProperties;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventories (inventarisaties): a municipality checks all its contracted locations against one checklist; the
 * result counts locations per needed regime, committees to (re)start and covenants to update, most urgent first.
 * A municipality works on its own inventories; coordinators and admins on any (they name the municipality).
 */
@Service
class Inventories {

    static final int MAX_TITLE = 200;

    private final InventoryRepository repository;
    private final Locations locations;
    private final RegionCatalog regions;
    private final ProcessingLog log;
    private final OversightProperties properties;

    Inventories(InventoryRepository repository, Locations locations, RegionCatalog regions, ProcessingLog log,
            OversightProperties properties) {
        this.repository = repository;
        this.locations = locations;
        this.regions = regions;
        this.log = log;
        this.properties = properties;
    }

    /** An inventory with its checklists; a title of null is the default title ({@link #title}). */
    record Inventory(UUID id, String municipalityCode, String title, String startedBy, Instant startedAt,
            List<InventoryAnswers> answers, int answered) {

        /** The day the inventory started, from which its planning counts. */
        public LocalDate startedOn() {
            return LocalDate.ofInstant(startedAt, DateFormats.ZONE);
        }
    }

    record Summary(UUID id, String municipalityCode, String title, Instant startedAt, int locations, int answered) {
    }

    /** A location in the most-urgent-first list, with its place and planning. */
    record PlannedFinding(int priority, InventoryTally.Finding finding, LocalDate plannedBy) {
    }

    /** The title as people read it: as typed, or "Inventory" with the day it started in the reader's language. */
    static String title(String title, Instant startedAt, Messages messages) {
        return title != null ? title
                : messages.text("inventory.defaultTitle", LocalDate.ofInstant(startedAt, DateFormats.ZONE));
    }

    static List<PlannedFinding> planning(Inventory inventory, InventoryTally.Result result) {
        List<PlannedFinding> lines = new ArrayList<>();
        int n = 1;
        for (InventoryTally.Finding f : result.mostUrgentFirst()) {
            lines.add(new PlannedFinding(n++, f, InventoryTally.plannedBy(f, inventory.startedOn())));
        }
        return lines;
    }

    /** Everything wrong with a new inventory (fields {@code municipality} and {@code title}). */
    List<Problem> problems(CurrentUser user, String municipalityCode, String title) {
        String scope = Locations.scope(user, Inputs.blank(municipalityCode));
        List<Problem> problems = new ArrayList<>();
        if (scope == null || !AreaLevel.MUNICIPALITY.accepts(scope) || regions.area(scope).isEmpty()) {
            problems.add(Problem.at("municipality", "inventory.problem.municipality"));
        }
        String text = Inputs.blank(title);
        if (text != null && text.length() > MAX_TITLE) {
            problems.add(Problem.at("title", "inventory.problem.title.long", MAX_TITLE));
        } else {
            Inputs.text(problems, "title", title, MAX_TITLE);
        }
        return problems;
    }

    /** Starts an inventory over the municipality's contracted locations, each checklist prefilled from what is known. */
    @Transactional
    Inventory start(CurrentUser user, String municipalityCode, String title) {
        Refused.unless(problems(user, municipalityCode, title), Locations.REFUSED);
        String scope = Locations.scope(user, Inputs.blank(municipalityCode));
        InventoryId id = new InventoryId(UUID.randomUUID());
        repository.insert(id, scope, Inputs.blank(title), user.getUsername());
        for (Facility f : locations.contracted(scope)) {
            repository.insertChecklist(id, f);
        }
        log.record(Processing.of("oversight.inventory.start", "inventory", id.toString(), Locations.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return find(user, id).orElseThrow();
    }

    /** The inventories this user may see, newest first. */
    @Transactional(readOnly = true)
    List<Summary> list(CurrentUser user) {
        return repository.list(Locations.scope(user, null));
    }

    /** Everything wrong with a checklist (fields as in the API). */
    static List<Problem> problems(InventoryAnswers answers) {
        List<Problem> problems = new ArrayList<>();
        if (answers.covenantLastReviewed() != null && answers.covenantLastReviewed().isAfter(LocalDate.now())) {
            problems.add(Problem.at("covenantLastReviewed", "inventory.problem.review.future"));
        } else {
            Inputs.date(problems, "covenantLastReviewed", answers.covenantLastReviewed());
        }
        if (answers.liveabilityScore() != null && (answers.liveabilityScore() < 1 || answers.liveabilityScore() > 10)) {
            problems.add(Problem.at("liveabilityScore", "inventory.problem.liveability"));
        }
        if (answers.neededRegime() == null) {
            problems.add(Problem.at("neededRegime", "inventory.problem.regime"));
        }
        return problems;
    }

    /** Records the checklist of one location. */
    @Transactional
    Inventory answer(CurrentUser user, InventoryId inventoryId, LocationId location, InventoryAnswers answers) {
        Inventory inventory = find(user, inventoryId).orElseThrow(Inventories::notFound);
        Refused.unless(problems(answers), Locations.REFUSED);
        InventoryAnswers checklist = new InventoryAnswers(location.toString(), null, answers.committeePresent(),
                answers.committeeMeetsPeriodically(), answers.covenantPresent(), answers.covenantLastReviewed(),
                answers.reportRegisterKept(), answers.reportCardPresent(), answers.liveabilityScore(), answers.neededRegime());
        if (repository.answer(new InventoryId(inventory.id()), checklist, user.getUsername()) != 1) {
            throw Refused.invalid(Locations.REFUSED, Problem.of("inventory.problem.location"));
        }
        return find(user, inventoryId).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<Inventory> find(CurrentUser user, InventoryId id) {
        return repository.find(id, Locations.scope(user, null));
    }

    /** The tally of an inventory, as of today. */
    InventoryTally.Result result(Inventory inventory) {
        return InventoryTally.tally(inventory.answers(), LocalDate.now(), properties.covenantCurrentFor());
    }

    static Refused notFound() {
        return Refused.notFound(Problem.of("inventory.problem.notFound"));
    }
}
