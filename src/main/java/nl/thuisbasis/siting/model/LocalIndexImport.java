package nl.thuisbasis.siting.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.domain.LocalIndexFile;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Imports local indices from CSV, all or nothing; importing the same code, year and index again updates it. */
@Service
class LocalIndexImport {

    static final String REFUSED = "import-rejected";
    static final int MAX_ROWS = 50_000;

    private final LocalIndexRepository repository;
    private final RegionCatalog catalog;
    private final ProcessingLog log;
    private final Indicators indicators;

    LocalIndexImport(LocalIndexRepository repository, RegionCatalog catalog, ProcessingLog log, Indicators indicators) {
        this.repository = repository;
        this.catalog = catalog;
        this.log = log;
        this.indicators = indicators;
    }

    /**
     * Stores every row of the file, or none.
     *
     * @return the number of rows stored
     * @throws Refused {@value #REFUSED} with every problem (each with its row) when the file cannot be stored as it is
     */
    @Transactional
    public int importCsv(InputStream in, String fileName, String actor) throws IOException {
        byte[] bytes = in.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<String> header;
        List<Map.Entry<Integer, List<String>>> records = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            var parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(reader);
            List<CSVRecord> all = parser.getRecords();
            if (all.isEmpty()) {
                throw refuse(fileName, List.of(Problem.atRow(1, null, "siting.problem.file.empty")));
            }
            header = all.getFirst().toList();
            if (all.size() - 1 > MAX_ROWS) {
                throw refuse(fileName, List.of(Problem.atRow(1, null, "siting.problem.file.too-many", MAX_ROWS)));
            }
            for (CSVRecord record : all.subList(1, all.size())) {
                records.add(Map.entry((int) record.getRecordNumber(), record.toList()));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw refuse(fileName, List.of(Problem.atRow(1, null, "siting.problem.file.unreadable")));
        }
        Set<String> codes = records.stream().flatMap(r -> r.getValue().stream())
                .map(String::trim).map(String::toUpperCase).filter(c -> c.matches("(BU\\d{8}|WK\\d{6}|GM\\d{4})"))
                .collect(Collectors.toSet());
        Set<String> known = catalog.areas(List.copyOf(codes)).stream().map(Area::code).collect(Collectors.toSet());
        LocalIndexFile.Result result = LocalIndexFile.read(header, records, known::contains);
        if (!result.problems().isEmpty()) {
            throw refuse(fileName, result.problems());
        }
        result.rows().forEach(row -> repository.store(row, actor));
        log.record(Processing.of("siting.local-index.import", "local_index", fileName, SitingAccess.PURPOSE,
                LegalBasis.OPEN_DATA).withDetailsKey("siting.log.indexImported", result.rows().size()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                indicators.localIndicesChanged();
            }
        });
        return result.rows().size();
    }

    /** Logs the refused import (in its own transaction, so it stays) and returns the refusal to throw. */
    private Refused refuse(String fileName, List<Problem> problems) {
        log.record(Processing.of("siting.local-index.import", "local_index", fileName, SitingAccess.PURPOSE,
                LegalBasis.OPEN_DATA).failed(problems.size() + " problemen"));
        return Refused.invalid(REFUSED, problems);
    }
}
