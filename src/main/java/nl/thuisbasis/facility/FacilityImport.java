package nl.thuisbasis.facility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.FacilityColumns;
import nl.thuisbasis.facility.domain.FieldProblem;
import nl.thuisbasis.facility.domain.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports facilities from CSV or XLSX, all or nothing: every row is read and checked (columns, values, the
 * register's rules, the viewer's rights, duplicates in the file and in the register) and only a file without a
 * single problem is stored, in one transaction.
 */
@Service
class FacilityImport {

    static final int MAX_ROWS = 5000;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The spreadsheet column a validation field is reported under. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("name", "naam"), Map.entry("type", "soort"),
            Map.entry("targetGroups", "doelgroepen"), Map.entry("providerCode", "zorgaanbieder"),
            Map.entry("owner", "eigenaar"), Map.entry("street", "straat"), Map.entry("houseNumber", "huisnummer"),
            Map.entry("postcode", "postcode"), Map.entry("place", "plaats"), Map.entry("point", "lengtegraad/breedtegraad"),
            Map.entry("capacity", "capaciteit"), Map.entry("capacityUnit", "eenheid"), Map.entry("status", "status"),
            Map.entry("closedOn", "gesloten_op"), Map.entry("publicContact", "contact_omwonenden"),
            Map.entry("url", "website"), Map.entry("publiclyListed", "openbaar"));

    /** One problem in the file: the row as people count it (1 = header), the column, the reason in Dutch. */
    record Problem(int row, String column, String message) {
    }

    record Outcome(List<Facility> created, List<Problem> problems) {
        boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private final FacilityService service;
    private final FacilityRepository repository;
    private final ProcessingLog log;

    FacilityImport(FacilityService service, FacilityRepository repository, ProcessingLog log) {
        this.service = service;
        this.repository = repository;
        this.log = log;
    }

    Outcome importFile(Viewer viewer, String fileName, byte[] bytes) {
        if (!FacilityAccess.mayRegisterAny(viewer)) {
            throw new AccessDeniedException("Not allowed to import facilities");
        }
        Processing processing = Processing.of("facility.import", "facility", fileName, FacilityService.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO);
        List<Problem> problems = new ArrayList<>();
        List<FacilityDraft> drafts = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(new Problem(0, "", "Het bestand is groter dan 5 MB; splits het op."));
        } else {
            read(viewer, bytes, problems, drafts);
        }
        if (!problems.isEmpty()) {
            log.record(processing.failed(problems.size() + " problemen, niets opgeslagen"));
            return new Outcome(List.of(), problems);
        }
        List<Facility> created;
        try {
            created = service.registerAll(viewer, drafts);
        } catch (FacilityRejected e) {
            // the rows were checked one by one above; this only happens when the register changed meanwhile
            log.record(processing.failed("afgekeurd bij opslaan"));
            return new Outcome(List.of(), e.problems().stream().map(p -> new Problem(0, column(p.field()), p.message())).toList());
        }
        log.record(processing.withDetails(created.size() + " voorzieningen geïmporteerd"));
        return new Outcome(created, List.of());
    }

    private void read(Viewer viewer, byte[] bytes, List<Problem> problems, List<FacilityDraft> drafts) {
        FacilitySpreadsheets.Sheet sheet;
        try {
            sheet = FacilitySpreadsheets.read(bytes);
        } catch (FacilitySpreadsheets.Unreadable e) {
            problems.add(new Problem(0, "", e.getMessage()));
            return;
        }
        FacilityColumns.headerProblems(sheet.header()).forEach(p -> problems.add(new Problem(1, "", p)));
        if (!problems.isEmpty()) {
            return;
        }
        if (sheet.lines().isEmpty()) {
            problems.add(new Problem(1, "", "Het bestand bevat geen voorzieningen."));
            return;
        }
        if (sheet.lines().size() > MAX_ROWS) {
            problems.add(new Problem(1, "", "Het bestand heeft meer dan " + MAX_ROWS + " regels; splits het op."));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Facility existing : repository.findAll()) {
            seen.put(key(existing.name(), existing.postcode(), existing.houseNumber()), -1);
        }
        for (FacilitySpreadsheets.Line line : sheet.lines()) {
            FacilityColumns.ParsedRow row = FacilityColumns.read(line.cells());
            row.problems().forEach(p -> problems.add(new Problem(line.number(), p.field(), p.message())));
            if (!row.problems().isEmpty()) {
                continue;
            }
            List<FieldProblem> checks = service.check(viewer, row.draft());
            checks.forEach(p -> problems.add(new Problem(line.number(), column(p.field()), p.message())));
            if (!checks.isEmpty()) {
                continue;
            }
            String key = key(row.draft().name(), row.draft().normalisedPostcode(), row.draft().houseNumber());
            Integer earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                problems.add(new Problem(line.number(), "naam", earlier < 0
                        ? "Deze voorziening (zelfde naam, postcode en huisnummer) staat al in het register."
                        : "Dubbel: dezelfde naam, postcode en huisnummer staan ook op regel " + earlier + "."));
                continue;
            }
            drafts.add(row.draft());
        }
    }

    private static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    private static String key(String name, String postcode, String houseNumber) {
        return (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) + "|" + postcode + "|"
                + (houseNumber == null ? "" : houseNumber.trim().toLowerCase(Locale.ROOT));
    }
}
