package nl.thuisbasis.oversight.covenant;

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
 * The management covenant (beheerconvenant) of a location: signed on, last reviewed, with a report register and a
 * report card. Kept by the location's managers and its own provider, with the version they read.
 */
@Service
class Covenants {

    private final CovenantRepository repository;
    private final Locations locations;
    private final ProcessingLog log;

    Covenants(CovenantRepository repository, Locations locations, ProcessingLog log) {
        this.repository = repository;
        this.locations = locations;
        this.log = log;
    }

    /** The covenant as entered. */
    record Covenant(Integer version, boolean present, LocalDate signedOn, LocalDate lastReview, boolean hasReportRegister,
            boolean hasReportCard) {
    }

    /** Everything wrong with the covenant as entered (fields as in the API). */
    static List<Problem> problems(Covenant c) {
        List<Problem> problems = new ArrayList<>();
        if (c.version() == null) {
            problems.add(Problem.at("version", "oversight.problem.version.missing"));
        }
        Inputs.date(problems, "signedOn", c.signedOn());
        Inputs.date(problems, "lastReview", c.lastReview());
        LocalDate today = LocalDate.now();
        if (c.signedOn() != null && c.signedOn().isAfter(today)) {
            problems.add(Problem.at("signedOn", "oversight.problem.covenant.future"));
        } else if (c.lastReview() != null && c.lastReview().isAfter(today)) {
            problems.add(Problem.at("lastReview", "oversight.problem.covenant.future"));
        }
        if (c.signedOn() != null && c.lastReview() != null && c.lastReview().isBefore(c.signedOn())) {
            problems.add(Problem.at("lastReview", "oversight.problem.covenant.reviewBeforeSigning"));
        }
        if (!c.present() && (c.signedOn() != null || c.lastReview() != null || c.hasReportRegister() || c.hasReportCard())) {
            problems.add(Problem.at("present", "oversight.problem.covenant.absent"));
        }
        return problems;
    }

    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, LocationId id, Covenant covenant) {
        locations.editable(user, id);
        return problems(covenant);
    }

    @Transactional
    OversightProfile update(CurrentUser user, LocationId id, Covenant c) {
        Facility facility = locations.editable(user, id);
        locations.ensure(facility, user.getUsername());
        Refused.unless(problems(c), Locations.REFUSED);
        Locations.versioned(repository.update(facility.id(), c.version(), c.present(), c.signedOn(), c.lastReview(),
                c.hasReportRegister(), c.hasReportCard(), user.getUsername()));
        log.record(Processing.of("oversight.covenant", "facility", id.toString(), Locations.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return locations.read(facility);
    }
}
