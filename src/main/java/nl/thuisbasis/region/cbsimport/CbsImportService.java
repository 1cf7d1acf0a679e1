package nl.thuisbasis.region.cbsimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.domain.CbsFile;
import nl.thuisbasis.region.domain.CbsFileReader;
import nl.thuisbasis.region.domain.CbsRecord;
import nl.thuisbasis.region.domain.CbsShape;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CBS files all-or-nothing: the whole file is read and checked first, and only a file
 * without problems is stored, in one transaction. Re-importing a year updates in place.
 */
@Service
class CbsImportService implements DisposableBean {

    static final String PURPOSE = "purpose.region.reference-data";
    /** How many imports the page lists. */
    static final int RECENT = 20;
    private static final Logger log = LoggerFactory.getLogger(CbsImportService.class);

    private final CbsImportRepository store;
    private final ProcessingLog processingLog;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<ImportId, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "cbs-import");
        thread.setDaemon(true);
        return thread;
    });

    CbsImportService(CbsImportRepository store, ProcessingLog processingLog, TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.store = store;
        this.processingLog = processingLog;
        this.transaction = transaction;
        this.events = events;
    }

    /** Runs an import in the caller's thread and returns the finished job. */
    ImportJob importNow(String fileName, byte[] content, int year, boolean repairGeometry, String actor) {
        ImportJob job = new ImportJob(fileName, year, repairGeometry, actor);
        jobs.put(job.id(), job);
        run(job, content);
        return job;
    }

    /** Starts an import in the background; follow it with {@link #job}. */
    ImportJob start(String fileName, byte[] content, int year, boolean repairGeometry, String actor) {
        ImportJob job = new ImportJob(fileName, year, repairGeometry, actor);
        jobs.put(job.id(), job);
        worker.submit(() -> run(job, content));
        return job;
    }

    /** A running or finished import: a finished one from the history, so its page survives a restart. */
    Optional<ImportJob> job(ImportId id) {
        ImportJob known = jobs.get(id);
        return known != null ? Optional.of(known) : store.recorded(id);
    }

    /** The recent imports, newest first: those running now and the history (kept in the database). */
    List<ImportJob> recentJobs() {
        Map<ImportId, ImportJob> recent = new java.util.LinkedHashMap<>();
        jobs.values().forEach(j -> recent.put(j.id(), j));
        store.recorded(RECENT).forEach(j -> recent.putIfAbsent(j.id(), j));
        return recent.values().stream().sorted((a, b) -> b.startedAt().compareTo(a.startedAt())).limit(RECENT).toList();
    }

    private void run(ImportJob job, byte[] content) {
        Processing processing = Processing.of("CBS_IMPORT", "cbs-bestand", job.fileName(), PURPOSE, LegalBasis.OPEN_DATA);
        try {
            CbsFile file = CbsFileReader.read(job.fileName(), new ByteArrayInputStream(content), job.year(),
                    job.repairGeometry(), read -> job.progress(ImportJob.Phase.READING, read, 0));
            List<Problem> problems = new ArrayList<>(file.problems());
            Map<Integer, String> areaCodes = new HashMap<>(file.areaCodes());
            if (problems.isEmpty()) {
                problems.addAll(checkAgainstDatabase(file, areaCodes));
            }
            if (!problems.isEmpty()) {
                job.failed(problems, areaCodes);
                store.recordImport(job, problems);
                processingLog.recordAs(job.startedBy(), null, processing.failedBecause("import.log.failed", problems.size()));
                return;
            }
            job.progress(ImportJob.Phase.STORING, 0, file.records().size());
            int changed = transaction.execute(status -> store(job, file));
            events.publishEvent(new CbsDataImported(job.fileName(), job.year()));
            job.succeeded(file.shape().name(), changed, file.repairs(), areaCodes);
            store.recordImport(job, null);
            processingLog.recordAs(job.startedBy(), null, processing.withDetailsKey("import.log.succeeded",
                    file.shape().name(), job.year(), changed, file.repairs().size()));
            log.info("CBS import {} ({}, {}) stored {} areas", job.id(), file.shape(), job.year(), changed);
        } catch (IOException | RuntimeException e) {
            log.warn("CBS import {} failed", job.id(), e);
            job.failed(List.of(Problem.atRow(0, null, "import.problem.failed", String.valueOf(e.getMessage()))), Map.of());
            try {
                store.recordImport(job, job.problems());
            } catch (RuntimeException notRecorded) {
                log.warn("CBS import {} could not be recorded in the history", job.id(), notRecorded);
            }
            processingLog.recordAs(job.startedBy(), null, processing.failed(e.getClass().getSimpleName()));
        }
    }

    private int store(ImportJob job, CbsFile file) {
        int stored = 0;
        List<CbsRecord> records = file.records();
        int batch = 200;
        for (int from = 0; from < records.size(); from += batch) {
            List<CbsRecord> slice = records.subList(from, Math.min(records.size(), from + batch));
            stored += store.store(slice, file.year(), job.fileName());
            job.progress(ImportJob.Phase.STORING, stored, records.size());
        }
        return stored;
    }

    /** Checks that need the database: files without names may only add figures to known areas. */
    private List<Problem> checkAgainstDatabase(CbsFile file, Map<Integer, String> areaCodes) {
        if (file.shape() != CbsShape.KWB_BASIC) {
            return List.of();
        }
        List<String> codes = file.records().stream().map(CbsRecord::code).toList();
        Set<String> known = new HashSet<>();
        for (int from = 0; from < codes.size(); from += 1000) {
            known.addAll(store.existingCodes(codes.subList(from, Math.min(codes.size(), from + 1000))));
        }
        List<Problem> problems = new ArrayList<>();
        for (CbsRecord r : file.records()) {
            if (!known.contains(r.code())) {
                problems.add(Problem.atRow(r.position(), "code", "import.problem.unknownArea"));
                areaCodes.put(r.position(), r.code());
            }
        }
        return problems;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
