package nl.thuisbasis.oversight.liveability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.oversight.location.OversightProfile;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Liveability measurements of a location: the baseline before and follow-ups after, with the method used and the
 * score, kept by the location's managers and its own provider.
 */
@Service
class Measurements {

    static final List<String> KINDS = List.of("BASELINE", "FOLLOW_UP");
    static final int MAX_METHOD = 200;
    static final int MAX_NOTES = 2000;
    /** The column holds numeric(7, 2). */
    static final BigDecimal MAX_SCORE = new BigDecimal("99999");

    private final MeasurementRepository repository;
    private final Locations locations;
    private final ProcessingLog log;

    Measurements(MeasurementRepository repository, Locations locations, ProcessingLog log) {
        this.repository = repository;
        this.locations = locations;
        this.log = log;
    }

    /** A measurement as entered; {@code kind} is BASELINE or FOLLOW_UP. */
    record Measurement(String kind, String method, BigDecimal score, LocalDate measuredOn, String notes) {
    }

    /** Everything wrong with the measurement (fields as in the API). */
    static List<Problem> problems(Measurement m) {
        List<Problem> problems = new ArrayList<>();
        if (m.kind() == null || !KINDS.contains(m.kind())) {
            problems.add(Problem.at("kind", "oversight.problem.measurement.kind"));
        }
        String method = Inputs.blank(m.method());
        if (method == null || method.length() > MAX_METHOD) {
            problems.add(Problem.at("method", "oversight.problem.measurement.method", MAX_METHOD));
        } else {
            Inputs.text(problems, "method", m.method(), MAX_METHOD);
        }
        if (m.score() == null) {
            problems.add(Problem.at("score", "oversight.problem.measurement.score.missing"));
        } else if (m.score().abs().compareTo(MAX_SCORE) > 0) {
            problems.add(Problem.at("score", "oversight.problem.measurement.score.large"));
        }
        if (m.measuredOn() == null) {
            problems.add(Problem.at("measuredOn", "oversight.problem.measurement.date.missing"));
        } else if (m.measuredOn().isAfter(LocalDate.now())) {
            problems.add(Problem.at("measuredOn", "oversight.problem.measurement.date.future"));
        } else {
            Inputs.date(problems, "measuredOn", m.measuredOn());
        }
        String notes = Inputs.blank(m.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(Problem.at("notes", "oversight.problem.measurement.notes.long", MAX_NOTES));
        } else {
            Inputs.text(problems, "notes", m.notes(), MAX_NOTES);
        }
        return problems;
    }

    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, LocationId id, Measurement measurement) {
        locations.editable(user, id);
        return problems(measurement);
    }

    @Transactional
    OversightProfile add(CurrentUser user, LocationId id, Measurement m) {
        Facility facility = locations.editable(user, id);
        locations.ensure(facility, user.getUsername());
        Refused.unless(problems(m), Locations.REFUSED);
        repository.insert(facility.id(), m.kind(), m.method().trim(), m.score(), m.measuredOn(), Inputs.blank(m.notes()),
                user.getUsername());
        log.record(Processing.of("oversight.liveability", "facility", id.toString(), Locations.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return locations.read(facility);
    }
}
