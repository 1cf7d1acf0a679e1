package nl.thuisbasis.facility.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.FacilityColumns;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports facilities from CSV or XLSX, all or nothing: every row is read and checked (columns, values, the
 * register's rules, the viewer's rights, duplicates in the file and in the register) and only a file without a
 * single problem is stored, in one transaction. A file with problems is {@link Refused} ({@value #REFUSED}) with each
 * of them: at its row (as people count rows: 1 is the header) and column, or for the file as a whole.
 */
@Service
class FacilityImport {

    /** The problem code of a refused import (API and page). */
    static final String REFUSED = "import-rejected";
    static final int MAX_ROWS = 5000;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The spreadsheet column a validation field is reported under (the file's column names are its format). */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("name", "naam"), Map.entry("type", "soort"),
            Map.entry("targetGroups", "doelgroepen"), Map.entry("providerCode", "zorgaanbieder"),
            Map.entry("owner", "eigenaar"), Map.entry("street", "straat"), Map.entry("houseNumber", "huisnummer"),
            Map.entry("postcode", "postcode"), Map.entry("place", "plaats"), Map.entry("point", "lengtegraad/breedtegraad"),
            Map.entry("capacity", "capaciteit"), Map.entry("capacityUnit", "eenheid"), Map.entry("status", "status"),
            Map.entry("closedOn", "gesloten_op"), Map.entry("publicContact", "contact_omwonenden"),
            Map.entry("url", "website"), Map.entry("publiclyListed", "openbaar"));

    private final FacilityService service;
    private final ProcessingLog log;

    FacilityImport(FacilityService service, ProcessingLog log) {
        this.service = service;
        this.log = log;
    }

    /** The facilities the file registered; refuses the whole file, storing nothing, at the first problem in it. */
    List<Facility> importFile(Viewer viewer, String fileName, byte[] bytes) {
        if (!FacilityAccess.mayRegisterAny(viewer)) {
            throw new AccessDeniedException("Not allowed to import facilities");
        }
        Processing processing = Processing.of("facility.import", "facility", fileName, FacilityService.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO);
        List<Problem> problems = new ArrayList<>();
        List<FacilityDraft> drafts = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.of("facility.import.problem.tooBig"));
        } else {
            read(viewer, bytes, problems, drafts);
        }
        if (!problems.isEmpty()) {
            log.record(processing.failed(problems.size() + " problemen, niets opgeslagen"));
            throw Refused.invalid(REFUSED, problems);
        }
        List<Facility> created;
        try {
            created = service.registerAll(viewer, drafts);
        } catch (Refused e) {
            // the rows were checked one by one above; this only happens when the register changed meanwhile
            log.record(processing.failed("afgekeurd bij opslaan"));
            throw Refused.invalid(REFUSED, e.problems().stream().map(p -> p.on(column(p.field()))).toList());
        }
        log.record(processing.withDetailsKey("facility.log.imported", created.size()));
        return created;
    }

    private void read(Viewer viewer, byte[] bytes, List<Problem> problems, List<FacilityDraft> drafts) {
        nl.thuisbasis.platform.SpreadsheetFile.Sheet sheet;
        try {
            sheet = FacilitySpreadsheets.read(bytes);
        } catch (Refused unreadable) {
            problems.addAll(unreadable.problems());
            return;
        }
        FacilityColumns.headerProblems(sheet.header()).forEach(p -> problems.add(atRow(1, p.field(), p)));
        if (!problems.isEmpty()) {
            return;
        }
        if (sheet.lines().isEmpty()) {
            problems.add(Problem.of("facility.import.problem.noRows"));
            return;
        }
        if (sheet.lines().size() > MAX_ROWS) {
            problems.add(Problem.of("facility.import.problem.tooManyRows", MAX_ROWS));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Facility existing : service.allForAggregates()) {
            seen.put(key(existing.name(), existing.postcode(), existing.houseNumber()), -1);
        }
        for (nl.thuisbasis.platform.SpreadsheetFile.Line line : sheet.lines()) {
            FacilityColumns.ParsedRow row = FacilityColumns.read(line.cells());
            row.problems().forEach(p -> problems.add(atRow(line.number(), p.field(), p)));
            if (!row.problems().isEmpty()) {
                continue;
            }
            List<Problem> checks = service.problems(viewer, row.draft());
            checks.forEach(p -> problems.add(atRow(line.number(), column(p.field()), p)));
            if (!checks.isEmpty()) {
                continue;
            }
            String key = key(row.draft().name(), row.draft().normalisedPostcode(), row.draft().houseNumber());
            Integer earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                problems.add(earlier < 0 ? Problem.atRow(line.number(), "naam", "facility.import.problem.inRegister")
                        : Problem.atRow(line.number(), "naam", "facility.import.problem.twice", earlier));
                continue;
            }
            drafts.add(row.draft());
        }
    }

    /** A problem of the register's rules or of a cell, at its row and column of the file. */
    private static Problem atRow(int row, String column, Problem problem) {
        return new Problem(column, row, problem.key(), problem.args());
    }

    private static String column(String field) {
        return field == null ? null : COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    private static String key(String name, String postcode, String houseNumber) {
        return (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) + "|" + postcode + "|"
                + (houseNumber == null ? "" : houseNumber.trim().toLowerCase(Locale.ROOT));
    }
}
