package nl.thuisbasis.siting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.domain.LocalIndexFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports local indices from CSV, all or nothing; importing the same code, year and index again updates it. */
@Service
public class LocalIndexImport {

    static final int MAX_ROWS = 50_000;

    private final JdbcClient jdbc;
    private final RegionCatalog catalog;
    private final ProcessingLog log;
    private final LocalIndexSource source;

    LocalIndexImport(JdbcClient jdbc, RegionCatalog catalog, ProcessingLog log, LocalIndexSource source) {
        this.source = source;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.log = log;
    }

    /** The outcome: rows stored, or the problems (then nothing was stored). */
    public record Outcome(int stored, List<LocalIndexFile.Problem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Outcome importCsv(InputStream in, String fileName, String actor) throws IOException {
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
                return refuse(fileName, actor, List.of(new LocalIndexFile.Problem(1, "Het bestand is leeg.")));
            }
            header = all.getFirst().toList();
            if (all.size() - 1 > MAX_ROWS) {
                return refuse(fileName, actor, List.of(new LocalIndexFile.Problem(1,
                        "Het bestand heeft meer dan " + MAX_ROWS + " regels; splits het op.")));
            }
            for (CSVRecord record : all.subList(1, all.size())) {
                records.add(Map.entry((int) record.getRecordNumber(), record.toList()));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            return refuse(fileName, actor, List.of(new LocalIndexFile.Problem(1, "Het bestand is geen leesbare CSV.")));
        }
        Set<String> codes = records.stream().flatMap(r -> r.getValue().stream())
                .map(String::trim).map(String::toUpperCase).filter(c -> c.matches("(BU\\d{8}|WK\\d{6}|GM\\d{4})"))
                .collect(Collectors.toSet());
        Set<String> known = catalog.areas(List.copyOf(codes)).stream().map(Area::code).collect(Collectors.toSet());
        LocalIndexFile.Result result = LocalIndexFile.read(header, records, known::contains);
        if (!result.problems().isEmpty()) {
            return refuse(fileName, actor, result.problems());
        }
        for (LocalIndexFile.Row row : result.rows()) {
            jdbc.sql("""
                    insert into local_index (area_code, year, name, value, imported_by) values (?, ?, ?, ?, ?)
                    on conflict (area_code, year, name) do update set value = excluded.value,
                        imported_by = excluded.imported_by, imported_at = now()""")
                    .params(row.areaCode(), row.year(), row.name(), row.value(), actor).update();
        }
        log.record(Processing.of("siting.local-index.import", "local_index", fileName, ScoringModels.PURPOSE,
                LegalBasis.OPEN_DATA).withDetails(result.rows().size() + " regels"));
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        source.changed();
                    }
                });
        return new Outcome(result.rows().size(), List.of());
    }

    private Outcome refuse(String fileName, String actor, List<LocalIndexFile.Problem> problems) {
        log.record(Processing.of("siting.local-index.import", "local_index", fileName, ScoringModels.PURPOSE,
                LegalBasis.OPEN_DATA).failed(problems.size() + " problemen"));
        return new Outcome(0, problems);
    }
}
