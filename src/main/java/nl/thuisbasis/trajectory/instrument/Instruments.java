package nl.thuisbasis.trajectory.instrument;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.platform.SpreadsheetFile;
import nl.thuisbasis.trajectory.domain.Instrument;
import nl.thuisbasis.trajectory.domain.InstrumentFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Life-domain instruments: the one that ships with Thuisbasis, and the versions a region loads from a file (CSV or
 * XLSX, all or nothing) without a change of code. A new version is used for new assessments; an assessment keeps the
 * version it was made with. Region coordinators load for their region, administrators for any.
 */
@Service
public class Instruments {

    public static final String REFUSED = "instrument-refused";
    static final String SHIPPED_CODE = "thuisbasis-leefgebieden";

    private final InstrumentRepository repository;
    private final ProcessingLog log;

    Instruments(InstrumentRepository repository, ProcessingLog log) {
        this.repository = repository;
        this.log = log;
    }

    /** The instrument new assessments in this region use. */
    public Optional<Stored> current(String regionCode) {
        return repository.current(regionCode).flatMap(id -> repository.find(id).map(i -> new Stored(id, i)));
    }

    public Optional<Instrument> find(UUID id) {
        return repository.find(id);
    }

    /** An instrument with its id, as assessments refer to it. */
    public record Stored(UUID id, Instrument instrument) {
    }

    /** The region a coordinator keeps: their organisation is {@code regio-<region code>}; empty text for anyone else. */
    public static String ownRegion(CurrentUser user) {
        String code = user.organisationCode();
        return user.role() == Role.REGION_COORDINATOR && code != null && code.startsWith("regio-") ? code.substring(6) : "";
    }

    List<InstrumentRepository.Summary> list(String regionCode) {
        return repository.list(regionCode);
    }

    /** Loads the shipped instrument when its version is not there yet (on start). */
    @Transactional
    void ship(byte[] file) {
        if (repository.exists(SHIPPED_CODE, 1)) {
            return;
        }
        InstrumentFile.Result result = InstrumentFile.read(SHIPPED_CODE, 1,
                SpreadsheetFile.read(file, REFUSED, "trajectory.instrument.problem"));
        if (!result.ok()) {
            throw new IllegalStateException("the shipped instrument has problems: " + result.problems());
        }
        repository.insert(result.instrument(), null, "thuisbasis");
    }

    /**
     * Loads a new version of an instrument for a region from a file: all or nothing; the problems of the file are
     * refused with their rows. Returns the id of the stored version.
     */
    @Transactional
    public UUID load(CurrentUser user, String regionCode, String code, byte[] file) {
        if (user == null || !(user.role() == Role.ADMIN || user.role() == Role.REGION_COORDINATOR)) {
            throw new AccessDeniedException("region coordinators and administrators load instruments");
        }
        if (user.role() == Role.REGION_COORDINATOR && !ownRegion(user).equals(regionCode)) {
            throw Refused.invalid(REFUSED, Problem.at("region", "trajectory.instrument.problem.region"));
        }
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw Refused.invalid(REFUSED, Problem.at("code", "trajectory.instrument.problem.code"));
        }
        int version = repository.highestVersion(code) + 1;
        InstrumentFile.Result result = InstrumentFile.read(code, version,
                SpreadsheetFile.read(file, REFUSED, "trajectory.instrument.problem"));
        Refused.unless(result.problems(), REFUSED);
        UUID id = repository.insert(result.instrument(), regionCode, user.getUsername());
        log.record(Processing.of("trajectory.instrument.load", "instrument", code + " " + version,
                "purpose.trajectory.instrument", LegalBasis.OPERATION));
        return id;
    }
}
