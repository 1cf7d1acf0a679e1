package nl.thuisbasis.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.audit.register.ActivityRegister;
import nl.thuisbasis.audit.search.LogSearchRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API every module uses to write to the processing log. Entries are written in their own
 * transaction so that a refused or failed action is logged even when its own work rolls back.
 * There is deliberately no method to change or remove an entry.
 *
 * <p>Each entry carries the trace and operation of the request that wrote it (W3C Trace Context), its start and end,
 * the processing activity of the register it belongs to, and, for an entry about a data subject (a kind in
 * {@link #SUBJECT_TYPES}), the subject's pseudonym instead of their id (decision 0017).
 */
@Service
public class ProcessingLog {

    /** Who the actor is when no one is logged in. */
    public static final String ANONYMOUS = "anoniem";

    /** The kinds of record that are a data subject: a client's trajectory, a candidate for outflow. */
    public static final Set<String> SUBJECT_TYPES = Set.of("client", "candidate");

    private final ProcessingLogRepository repository;
    private final LogSearchRepository searches;
    private final Pseudonyms pseudonyms;
    private final ActivityRegister register;

    ProcessingLog(ProcessingLogRepository repository, LogSearchRepository searches, Pseudonyms pseudonyms,
            ActivityRegister register) {
        this.repository = repository;
        this.searches = searches;
        this.pseudonyms = pseudonyms;
        this.register = register;
    }

    /** Records an activity of the logged-in user (or the anonymous public). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Processing processing) {
        recordAs(actor(), organisation(), processing);
    }

    /**
     * Records several activities of the logged-in user at once, one entry each (for example every candidate shown in a
     * list), so that a data subject's reads can be traced per record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEach(List<Processing> processings) {
        if (processings.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        TraceContext trace = TraceContext.current(now);
        String actor = actor();
        String organisation = organisation();
        for (Processing p : processings) {
            repository.append(trace, now, actor, organisation, row(p));
        }
    }

    /** Records an activity for an explicitly named actor (a login attempt, a system job). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, String organisation, Processing processing) {
        OffsetDateTime now = OffsetDateTime.now();
        repository.append(TraceContext.current(now), now, actor, organisation, row(processing));
    }

    /** The newest entries that match, at most {@code query.limit()} (1 to 1000). */
    @Transactional(readOnly = true)
    public List<ProcessingLogEntry> search(ProcessingLogQuery query) {
        return searches.search(pseudonymised(query));
    }

    /** A query that names a data subject by kind and id, for the pseudonym the log keeps them under. */
    public ProcessingLogQuery pseudonymised(ProcessingLogQuery query) {
        return query.namesSubject() ? query.withSubjectRef(pseudonym(query.objectType().trim(), query.objectId()))
                : query;
    }

    /**
     * The pseudonym under which the log keeps a data subject: the same for every entry about them, for the search of
     * the log and for the client's own overview; without the product's key it leads back to no one.
     */
    public String pseudonym(String subjectType, String id) {
        if (!SUBJECT_TYPES.contains(subjectType)) {
            throw new IllegalArgumentException("not a kind of data subject: " + subjectType);
        }
        return pseudonyms.of(subjectType, id);
    }

    /** A data subject's entries, newest first, at most {@code limit} (1 to 1000): who did what with their data. */
    @Transactional(readOnly = true)
    public List<ProcessingLogEntry> ofSubject(String subjectType, String id, int limit) {
        return searches.ofSubject(new LogSearchRepository.Subject(subjectType, id.strip(), pseudonym(subjectType, id)),
                Math.clamp(limit, 1, 1000));
    }

    private ProcessingLogRepository.Row row(Processing p) {
        boolean subject = p.objectId() != null && SUBJECT_TYPES.contains(p.objectType());
        return new ProcessingLogRepository.Row(p, subject ? null : p.objectId(),
                subject ? pseudonyms.of(p.objectType(), p.objectId()) : null, register.of(p.action()).orElse(null));
    }

    /** The logged-in user, or the anonymous public. */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? ANONYMOUS : authentication.getName();
    }

    private static String organisation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OrganisationMember member
                ? member.organisationCode() : null;
    }
}
