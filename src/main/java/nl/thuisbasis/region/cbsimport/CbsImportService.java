package nl.thuisbasis.region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.region.domain.CbsFile;
import nl.thuisbasis.region.domain.CbsFileReader;
import nl.thuisbasis.region.domain.CbsRecord;
import nl.thuisbasis.region.domain.CbsShape;
import nl.thuisbasis.region.domain.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CBS files all-or-nothing: the whole file is read and checked first, and only a file
 * without problems is stored, in one transaction. Re-importing a year updates in place.
 */
@Service
public class CbsImportService implements DisposableBean {

    static final String PURPOSE = "Referentiegegevens (CBS) bijhouden";
    private static final Logger log = LoggerFactory.getLogger(CbsImportService.class);

    private final AreaRepository areas;
    private final GeoLookup lookup;
    private final ProcessingLog processingLog;
    private final TransactionTemplate transaction;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "cbs-import");
        thread.setDaemon(true);
        return thread;
    });

    CbsImportService(AreaRepository areas, GeoLookup lookup, ProcessingLog processingLog,
            TransactionTemplate transaction, tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.areas = areas;
        this.lookup = lookup;
        this.processingLog = processingLog;
        this.transaction = transaction;
    }

    /** Runs an import in the caller's thread and returns the finished job. */
    public ImportJob importNow(String fileName, byte[] content, int year, boolean repairGeometry, String actor) {
        ImportJob job = new ImportJob(fileName, year, repairGeometry, actor);
        jobs.put(job.id(), job);
        run(job, content);
        return job;
    }

    /** Starts an import in the background; follow it with {@link #job(UUID)}. */
    public ImportJob start(String fileName, byte[] content, int year, boolean repairGeometry, String actor) {
        ImportJob job = new ImportJob(fileName, year, repairGeometry, actor);
        jobs.put(job.id(), job);
        worker.submit(() -> run(job, content));
        return job;
    }

    public Optional<ImportJob> job(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Jobs of this run of the application, newest first. */
    public List<ImportJob> recentJobs() {
        return jobs.values().stream().sorted((a, b) -> b.startedAt().compareTo(a.startedAt())).limit(20).toList();
    }

    private void run(ImportJob job, byte[] content) {
        Processing processing = Processing.of("CBS_IMPORT", "cbs-bestand", job.fileName(), PURPOSE, LegalBasis.OPEN_DATA);
        try {
            CbsFile file = CbsFileReader.read(job.fileName(), new ByteArrayInputStream(content), job.year(),
                    job.repairGeometry(), read -> job.progress("lezen", read, 0));
            List<ImportProblem> problems = new ArrayList<>(file.problems());
            if (problems.isEmpty()) {
                problems.addAll(checkAgainstDatabase(file));
            }
            if (!problems.isEmpty()) {
                job.failed(problems);
                areas.recordImport(job, json.writeValueAsString(problems));
                processingLog.recordAs(job.startedBy(), null, processing.failed(problems.size() + " fouten; niets gewijzigd"));
                return;
            }
            job.progress("opslaan", 0, file.records().size());
            int changed = transaction.execute(status -> store(job, file));
            lookup.invalidate();
            job.succeeded(file.shape().name(), changed, file.repairs());
            areas.recordImport(job, null);
            processingLog.recordAs(job.startedBy(), null, processing.withDetails(
                    file.shape() + ", jaar " + job.year() + ", " + changed + " gebieden, "
                            + file.repairs().size() + " geometrieën hersteld"));
            log.info("CBS import {} ({}, {}) stored {} areas", job.id(), file.shape(), job.year(), changed);
        } catch (IOException | RuntimeException e) {
            log.warn("CBS import {} failed", job.id(), e);
            job.failed(List.of(ImportProblem.ofFile("het bestand kon niet worden verwerkt: " + e.getMessage())));
            processingLog.recordAs(job.startedBy(), null, processing.failed(e.getClass().getSimpleName()));
        }
    }

    private int store(ImportJob job, CbsFile file) {
        int stored = 0;
        List<CbsRecord> records = file.records();
        int batch = 200;
        for (int from = 0; from < records.size(); from += batch) {
            List<CbsRecord> slice = records.subList(from, Math.min(records.size(), from + batch));
            stored += areas.store(slice, file.year(), job.fileName());
            job.progress("opslaan", stored, records.size());
        }
        return stored;
    }

    /** Checks that need the database: files without names may only add figures to known areas. */
    private List<ImportProblem> checkAgainstDatabase(CbsFile file) {
        if (file.shape() != CbsShape.KWB_BASIC) {
            return List.of();
        }
        List<String> codes = file.records().stream().map(CbsRecord::code).toList();
        Set<String> known = new HashSet<>();
        for (int from = 0; from < codes.size(); from += 1000) {
            known.addAll(areas.existingCodes(codes.subList(from, Math.min(codes.size(), from + 1000))));
        }
        return file.records().stream().filter(r -> !known.contains(r.code()))
                .map(r -> new ImportProblem(r.position(), r.code(), "code",
                        "onbekend gebied: dit bestand heeft geen namen, importeer eerst het gebied zelf"))
                .toList();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
