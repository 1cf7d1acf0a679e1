package nl.thuisbasis.audit;

import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.search.LogSearchRepository;
import org.slf4j.MDC;
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
 */
@Service
public class ProcessingLog {

    /** Who the actor is when no one is logged in. */
    public static final String ANONYMOUS = "anoniem";

    private final ProcessingLogRepository repository;
    private final LogSearchRepository searches;

    ProcessingLog(ProcessingLogRepository repository, LogSearchRepository searches) {
        this.repository = repository;
        this.searches = searches;
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
        repository.appendAll(traceId(), actor(), organisation(), processings);
    }

    /** Records an activity for an explicitly named actor (a login attempt, a system job). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, String organisation, Processing processing) {
        repository.append(traceId(), actor, organisation, processing);
    }

    /** The newest entries that match, at most {@code query.limit()} (1 to 1000). */
    @Transactional(readOnly = true)
    public List<ProcessingLogEntry> search(ProcessingLogQuery query) {
        return searches.search(query);
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

    private static String traceId() {
        String traceId = MDC.get("traceId");
        return traceId != null ? traceId : UUID.randomUUID().toString().replace("-", "");
    }
}
