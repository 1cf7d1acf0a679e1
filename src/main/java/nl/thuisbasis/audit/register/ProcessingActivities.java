package nl.thuisbasis.audit.register;

import java.util.List;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of processing activities for its page and API: the current version of each, an activity with its
 * history, and a change, which is a new version made from the version the admin read (refused as stale when someone
 * changed it since). A change is logged.
 */
@Service
class ProcessingActivities {

    static final String REFUSED = "register.invalid";
    static final String PURPOSE = "purpose.audit.supervision";

    private final ActivityRepository repository;
    private final ActivityRegister register;
    private final ProcessingLog log;

    ProcessingActivities(ActivityRepository repository, ActivityRegister register, ProcessingLog log) {
        this.repository = repository;
        this.register = register;
        this.log = log;
    }

    /** An activity and its versions, newest first. */
    record WithHistory(ProcessingActivity current, List<ProcessingActivity> versions) {
    }

    @Transactional(readOnly = true)
    List<ProcessingActivity> list() {
        return repository.current();
    }

    @Transactional(readOnly = true)
    WithHistory get(String code) {
        List<ProcessingActivity> versions = valid(code) ? repository.history(code) : List.of();
        if (versions.isEmpty()) {
            throw Refused.notFound(Problem.of("register.problem.unknown"));
        }
        return new WithHistory(versions.getFirst(), versions);
    }

    /** Makes a new version from the version read; returns its number (the same when nothing changed). */
    @Transactional
    int change(String by, String code, Integer versionRead, ActivityDraft draft) {
        ProcessingActivity current = get(code).current();
        Refused.unless(draft.problems(), REFUSED);
        if (versionRead == null || versionRead != current.version()) {
            throw Refused.stale();
        }
        if (draft.sameAs(current)) {
            return current.version();
        }
        ProcessingActivity next = draft.next(current, by);
        if (!repository.add(next)) {
            throw Refused.stale();
        }
        register.changed();
        log.record(Processing.of("audit.register.change", "processing-activity", code, PURPOSE, LegalBasis.OPERATION)
                .withDetailsKey("register.log.changed", next.version()));
        return next.version();
    }

    static boolean valid(String code) {
        return code != null && code.matches("[a-z0-9-]{1,60}");
    }
}
