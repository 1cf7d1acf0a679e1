package nl.thuisbasis.audit.search;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.audit.ProcessingLogEntry;
import nl.thuisbasis.audit.ProcessingLogQuery;
import nl.thuisbasis.audit.register.ActivityRegister;
import nl.thuisbasis.audit.register.ProcessingActivity;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching the log for the admin: one page of entries, and the search itself logged (the log holds personal data). */
@Service
class LogSearch {

    static final String PURPOSE = "purpose.audit.supervision";

    /** The legal bases of {@link LegalBasis}, as stored, with the key of their text. */
    private static final Map<String, String> LEGAL_BASES = Map.of(
            LegalBasis.PUBLIC_TASK_WMO, "log.legalBasis.PUBLIC_TASK_WMO",
            LegalBasis.PRIORITY_SCHEME, "log.legalBasis.PRIORITY_SCHEME",
            LegalBasis.SECURITY, "log.legalBasis.SECURITY", LegalBasis.CARE, "log.legalBasis.CARE",
            LegalBasis.OPEN_DATA, "log.legalBasis.OPEN_DATA",
            LegalBasis.OPERATION, "log.legalBasis.OPERATION", LegalBasis.CONSENT, "log.legalBasis.CONSENT",
            LegalBasis.VITAL_INTEREST, "log.legalBasis.VITAL_INTEREST");

    /** A page of results and how many entries match in all. */
    record Results(List<LogRow> rows, long total, PageQuery page) {

        boolean hasNext() {
            return page.page() < page.totalPages(total);
        }
    }

    private final LogSearchRepository repository;
    private final ProcessingLog log;
    private final Messages messages;
    private final ActivityRegister register;

    LogSearch(LogSearchRepository repository, ProcessingLog log, Messages messages, ActivityRegister register) {
        this.repository = repository;
        this.log = log;
        this.messages = messages;
        this.register = register;
    }

    @Transactional(readOnly = true)
    Results search(LogSearchForm form, PageQuery page) {
        ProcessingLogQuery query = log.pseudonymised(form.query(page.pageSize()));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, String> activities = register.current().stream()
                .collect(java.util.stream.Collectors.toMap(ProcessingActivity::code, a -> a.name(locale)));
        List<LogRow> rows = repository.search(query, page.pageSize(), page.offset()).stream()
                .map(e -> row(e, activities)).toList();
        Results results = new Results(rows, repository.count(query), page);
        log.record(Processing.of("READ", "processing-log", null, PURPOSE, LegalBasis.OPERATION)
                .withDetailsKey("log.details.search"));
        return results;
    }

    /** A code of the log in words: {@code log.actionName.<code>} or {@code log.objectName.<code>}, the code itself if none. */
    String name(String kind, String code) {
        String key = "log." + kind + "Name." + code;
        return code == null ? null : messages.has(key) ? messages.text(key) : code;
    }

    /** The choices of a filter: every action (or kind of record) in the log, by name. */
    @Transactional(readOnly = true)
    List<nl.thuisbasis.platform.Choice> choices(String kind) {
        return repository.distinct(kind.equals("action") ? "action" : "object_type").stream()
                .map(code -> new nl.thuisbasis.platform.Choice(code, name(kind, code)))
                .sorted(java.util.Comparator.comparing(nl.thuisbasis.platform.Choice::label)).toList();
    }

    private LogRow row(ProcessingLogEntry e, Map<String, String> activities) {
        Problem keyed = e.detailsMessage();
        String details = keyed != null ? messages.text(keyed) : e.details();
        String legalBasis = LEGAL_BASES.containsKey(e.legalBasis()) ? messages.text(LEGAL_BASES.get(e.legalBasis()))
                : e.legalBasis();
        String outcome = messages.has("log.outcome." + e.outcome()) ? messages.text("log.outcome." + e.outcome())
                : e.outcome();
        // a purpose is a message key since the modules name their purposes by key; older entries hold the Dutch text
        String purpose = e.purpose() != null && e.purpose().startsWith("purpose.") && messages.has(e.purpose())
                ? messages.text(e.purpose()) : e.purpose();
        return new LogRow(e.occurredAt(), e.actor(), e.actorOrganisation(), name("action", e.action()),
                name("object", e.objectType()), e.objectId(), e.subjectRef(),
                e.activityCode() == null ? null : activities.getOrDefault(e.activityCode(), e.activityCode()), e.traceId(),
                purpose, legalBasis, outcome, details);
    }
}
