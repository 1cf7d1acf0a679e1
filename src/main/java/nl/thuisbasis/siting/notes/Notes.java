package nl.thuisbasis.siting.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes on a neighbourhood from people who work there: read with the scan, added by municipality roles. */
@Service
public class Notes {

    static final int MAX_LENGTH = 4000;

    private final NoteRepository repository;
    private final RegionCatalog catalog;
    private final ProcessingLog log;

    Notes(NoteRepository repository, RegionCatalog catalog, ProcessingLog log) {
        this.repository = repository;
        this.catalog = catalog;
        this.log = log;
    }

    /** The notes on an area, newest first, as a scan shows them (the scan's own processing covers reading them). */
    @Transactional(readOnly = true)
    public List<NeighbourhoodNote> forArea(String areaCode) {
        return repository.forArea(areaCode);
    }

    /** The notes on an area, read on their own: logged. */
    @Transactional(readOnly = true)
    List<NeighbourhoodNote> read(String areaCode) {
        log.record(Processing.of("siting.notes.read", "neighbourhood_note", areaCode, SitingAccess.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return repository.forArea(areaCode);
    }

    boolean areaExists(String areaCode) {
        return areaCode != null && catalog.area(areaCode).isPresent();
    }

    /** What is wrong with a note; empty when it may be added. */
    List<Problem> problems(String areaCode, String text) {
        List<Problem> problems = new ArrayList<>();
        if (areaCode == null || areaCode.isBlank()) {
            problems.add(Problem.at("areaCode", "siting.problem.note.area.missing"));
        } else if (!areaExists(areaCode)) {
            problems.add(Problem.at("areaCode", "siting.problem.note.area", areaCode));
        }
        if (text == null || text.isBlank()) {
            problems.add(Problem.at("text", "siting.problem.note.empty"));
        } else if (text.length() > MAX_LENGTH) {
            problems.add(Problem.at("text", "siting.problem.note.text"));
        }
        return problems;
    }

    /**
     * Adds a note by the user, on {@code notedOn} (today when null).
     *
     * @throws Refused {@code bad-request} for an unknown area or a missing or too long text
     */
    @Transactional
    NeighbourhoodNote add(CurrentUser user, String areaCode, String text, LocalDate notedOn) {
        List<Problem> problems = problems(areaCode, text);
        if (!problems.isEmpty()) {
            throw Refused.badRequest(problems.toArray(Problem[]::new));
        }
        NeighbourhoodNote note = new NeighbourhoodNote(UUID.randomUUID(), areaCode, text.trim(), user.displayName(),
                user.organisation().name(), notedOn == null ? LocalDate.now() : notedOn);
        repository.insert(note);
        log.record(Processing.of("siting.notes.create", "neighbourhood_note", note.id().toString(), SitingAccess.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return note;
    }
}
