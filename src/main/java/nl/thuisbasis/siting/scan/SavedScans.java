package nl.thuisbasis.siting.scan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.model.ScoringModels;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved scans: immutable decision records. */
@Service
public class SavedScans {

    private final ScanRepository repository;
    private final Indicators indicators;
    private final ProcessingLog log;
    private final ScoringModels models;

    SavedScans(ScanRepository repository, Indicators indicators, ProcessingLog log, ScoringModels models) {
        this.models = models;
        this.repository = repository;
        this.indicators = indicators;
        this.log = log;
    }

    /** The scan as it would be saved, without saving it (what a scan shows before someone saves it). */
    ScanSnapshot unsaved(ScanResult result, String actor, String organisation) {
        return snapshot(result, null, actor, organisation, null);
    }

    @Transactional
    public ScanSnapshot save(ScanResult result, String actor, String organisation) {
        ScanSnapshot snapshot = snapshot(result, UUID.randomUUID(), actor, organisation,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        models.kept(result.model());   // the scan refers to the version it used
        repository.insert(snapshot);
        log.record(Processing.of("siting.scan.save", "scan", snapshot.id().toString(), SitingAccess.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return snapshot;
    }

    /** The short reference of a saved scan that people read aloud (the first eight characters of its id), or null. */
    public static String reference(UUID id) {
        return id == null ? null : id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public Optional<ScanSnapshot> find(ScanId id) {
        return repository.find(id.value());
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return repository.exists(id);
    }

    /** Saved scans, newest first, optionally of one municipality. */
    @Transactional(readOnly = true)
    public List<ScanSnapshot> list(String municipalityCode, int limit, int offset) {
        return repository.list(municipalityCode, limit, offset);
    }

    @Transactional(readOnly = true)
    public long count(String municipalityCode) {
        return repository.count(municipalityCode);
    }

    private ScanSnapshot snapshot(ScanResult result, UUID id, String actor, String organisation, Instant at) {
        Map<String, Problem.Label> texts = indicators.texts();
        return ScanSnapshot.of(result, id, actor, organisation, at, texts::get);
    }
}
