package nl.thuisbasis.reports.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.reports.domain.ReportStatus;
import nl.thuisbasis.reports.domain.Staff;
import nl.thuisbasis.reports.domain.Texts;
import nl.thuisbasis.platform.WorkingDays;
import nl.thuisbasis.reports.template.ReplyTemplates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of reports: a queue per organisation (what was routed to it), deadlines to acknowledge and to
 * resolve in working days with overdue ones highlighted, and handling with an append-only status history. A
 * municipality also sees every report about its territory, region coordinators and admins all of them (including
 * the unassigned queue of reports nobody could place). Opening a report reads reporter data: it is logged.
 */
@Service
class Handling {

    /** The problem code of a refused step (API and forms). */
    static final String REFUSED = "report-refused";

    private final HandlingRepository repository;
    private final FacilityRegister register;
    private final ProcessingLog log;
    private final Messages messages;
    private final Clock clock;
    private final ReplyTemplates templates;
    private final Organisations organisations;

    Handling(HandlingRepository repository, FacilityRegister register, ProcessingLog log, Messages messages,
            ReplyTemplates templates, Organisations organisations, Optional<Clock> clock) {
        this.organisations = organisations;
        this.templates = templates;
        this.repository = repository;
        this.register = register;
        this.log = log;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One report in a queue, without reporter data; the location in the reader's language. */
    record QueueItem(UUID id, String trackingCode, String category, String location, String facilityId,
            String status, Instant receivedAt, LocalDate acknowledgeBy, LocalDate resolveBy, boolean acknowledgeOverdue,
            boolean resolveOverdue, String routedTo, String routeTarget, String routeContact) {

        public boolean overdue() {
            return acknowledgeOverdue || resolveOverdue;
        }
    }

    /** A page of the queue: its reports, how many match in all and how many of those are overdue. */
    record Queue(List<QueueItem> items, long total, long overdue) {
    }

    /** A report opened by staff: with the description, the reporter's e-mail address (if kept) and the history. */
    record Detail(QueueItem item, String description, String locationText, Double lon, Double lat, String email,
            List<Change> history) {
    }

    /** One step in the (append-only) status history. */
    record Change(String status, String publicNote, String internalNote, String changedBy, Instant changedAt) {
    }

    /** A next step as staff enter it; {@code templateId} the reply template used, if any (it must fit the step). */
    record StatusChange(String status, String publicNote, String internalNote, UUID templateId) {
    }

    /** The queue, optionally only open or overdue reports, about one facility, received on or after a day; one page. */
    @Transactional(readOnly = true)
    Queue queue(CurrentUser user, HandlingRepository.QueueQuery query, PageQuery paging) {
        staff(user);
        LocalDate today = today();
        HandlingRepository.Page page = repository.queue(user, query, today, paging.pageSize(), paging.offset());
        Map<UUID, String> names = new HashMap<>();
        return new Queue(page.rows().stream().map(r -> item(r, today, names)).toList(), page.total(), page.overdue());
    }

    /** Opens a report; reading the reporter's data is recorded in the processing log. */
    @Transactional
    Optional<Detail> open(CurrentUser user, ReportId id) {
        staff(user);
        Optional<Detail> detail = find(user, id.value());
        detail.ifPresent(d -> log.record(Processing.of("reports.read", "report", id.toString(), Staff.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey(d.email() == null ? "report.log.opened.withoutEmail" : "report.log.opened.withEmail")));
        return detail;
    }

    /** Every problem of a next step at once; a report the user may not see is not found. */
    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, ReportId id, StatusChange change) {
        staff(user);
        HandlingRepository.Row row = repository.find(user, id.value()).orElseThrow(Handling::notFound);
        return problems(user, row, change);
    }

    private List<Problem> problems(CurrentUser user, HandlingRepository.Row row, StatusChange change) {
        List<Problem> problems = new ArrayList<>(ReportStatus.problems(ReportStatus.valueOf(row.status()), change.status(),
                change.publicNote(), change.internalNote()));
        problems.addAll(templates.problemsOfUse(user, change.templateId(), change.status()));
        return problems;
    }

    /**
     * A next step: acknowledge, in progress, or close (closing needs a reply to the reporter); a closed report may be
     * taken up again. The public note is what the reporter sees with their code; the internal note only staff.
     */
    @Transactional
    Detail changeStatus(CurrentUser user, ReportId id, StatusChange change) {
        staff(user);
        HandlingRepository.Row row = repository.find(user, id.value()).orElseThrow(Handling::notFound);
        String from = row.status();
        Refused.unless(problems(user, row, change), REFUSED);
        repository.changeStatus(id.value(), change.status(), Texts.blankToNull(change.publicNote()),
                Texts.blankToNull(change.internalNote()), user.getUsername());
        log.record(Processing.of("reports.handle", "report", id.toString(), Staff.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("report.log.statusChanged", Problem.label("report.status." + from), Problem.label("report.status." + change.status())));
        return find(user, id.value()).orElseThrow();
    }

    /** Forwarding to another queue: an organisation code of a municipality or provider, or {@link #REGION}; and why. */
    record Forward(String to, String reason) {
    }

    /** The region's unassigned queue as a choice to forward to. */
    static final String REGION = "REGION";
    static final int MAX_REASON = 500;

    /** The queues a report can be forwarded to: the region's unassigned queue, the municipalities, the providers. */
    List<Choice> forwardQueues() {
        List<Choice> queues = new ArrayList<>();
        queues.add(new Choice(REGION, messages.text("queue.target.REGION")));
        for (OrganisationType type : List.of(OrganisationType.MUNICIPALITY, OrganisationType.CARE_PROVIDER)) {
            organisations.ofType(type).stream().sorted(java.util.Comparator.comparing(Organisation::name))
                    .forEach(o -> queues.add(new Choice(o.code(), o.name())));
        }
        return queues;
    }

    /**
     * Forwards a report to another queue, with a reason: a step in the history (not shown to the reporter) and an entry
     * in the processing log. Gives whether the user still sees the report afterwards.
     */
    @Transactional
    boolean forward(CurrentUser user, ReportId id, Forward forward) {
        staff(user);
        HandlingRepository.Row row = repository.find(user, id.value()).orElseThrow(Handling::notFound);
        List<Problem> problems = new ArrayList<>();
        Optional<Organisation> to = organisations.find(forward.to())
                .filter(o -> o.type() == OrganisationType.MUNICIPALITY || o.type() == OrganisationType.CARE_PROVIDER);
        boolean toRegion = REGION.equals(forward.to());
        if (!toRegion && to.isEmpty()) {
            problems.add(Problem.at("forwardTo", "report.problem.forward.to"));
        } else if (toRegion ? row.routedTo() == null : to.get().code().equals(row.routedTo())) {
            problems.add(Problem.at("forwardTo", "report.problem.forward.same"));
        }
        if (Texts.blankToNull(forward.reason()) == null || forward.reason().trim().length() > MAX_REASON) {
            problems.add(Problem.at("reason", "report.problem.forward.reason", MAX_REASON));
        } else if (!Texts.storable(forward.reason())) {
            problems.add(Problem.at("reason", "problem.text.characters"));
        }
        Refused.unless(problems, REFUSED);
        String target = toRegion ? "REGION" : to.get().type() == OrganisationType.MUNICIPALITY ? "MUNICIPALITY" : "PROVIDER";
        String queue = toRegion ? null : to.get().code();
        repository.forward(id.value(), row.status(), row.routedTo(), queue, target, forward.reason().trim(), user.getUsername());
        log.record(Processing.of("reports.forward", "report", id.toString(), Staff.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("report.log.forwarded", queueName(row.routedTo()), queueName(queue)));
        return repository.find(user, id.value()).isPresent();
    }

    private String queueName(String code) {
        return code == null ? messages.text("queue.target.REGION") : organisations.nameOf(code);
    }

    /** The statuses that may follow the current one. */
    static List<String> next(String from) {
        return ReportStatus.valueOf(from).next().stream().map(ReportStatus::name).toList();
    }

    /**
     * Whether this user's organisation handles the report (it is in its queue, or in the region's unassigned queue for a
     * coordinator): only they see the reporter's e-mail address, not whoever else may read the report.
     */
    static boolean handles(CurrentUser user, HandlingRepository.Row row) {
        return row.routedTo() == null ? user.role() == nl.thuisbasis.identity.Role.REGION_COORDINATOR
                : row.routedTo().equals(user.organisationCode());
    }

    private Optional<Detail> find(CurrentUser user, UUID id) {
        LocalDate today = today();
        return repository.find(user, id).map(row -> new Detail(item(row, today, new HashMap<>()), row.description(),
                row.locationText(), row.lon(), row.lat(), handles(user, row) ? row.email() : null, repository.history(id).stream()
                        .map(s -> new Change(s.status(), s.publicNoteKey() != null
                                ? messages.text(s.publicNoteKey(), s.publicNoteArgs().toArray()) : s.publicNote(),
                                s.forward() ? messages.text("report.history.forwarded", queueName(s.forwardedFrom()),
                                        queueName(s.forwardedTo()), s.internalNote()) : s.internalNote(),
                                s.changedBy(), s.changedAt()))
                        .toList()));
    }

    private QueueItem item(HandlingRepository.Row r, LocalDate today, Map<UUID, String> names) {
        String location = r.facilityId() != null
                ? names.computeIfAbsent(r.facilityId(), id -> register.withKnownAddress(new FacilityId(id)).map(Facility::name)
                        .orElseGet(() -> messages.text("queue.location.facility.unknown")))
                : r.locationText() != null ? r.locationText()
                : r.lon() != null ? messages.text("queue.location.point", String.format(Locale.ROOT, "%.5f", r.lat()),
                        String.format(Locale.ROOT, "%.5f", r.lon()))
                : messages.text("report.location.unknown");
        boolean ackOverdue = ReportStatus.RECEIVED.name().equals(r.status()) && !r.acknowledged() && r.acknowledgeBy() != null
                && today.isAfter(r.acknowledgeBy());
        boolean resolveOverdue = !ReportStatus.CLOSED.name().equals(r.status()) && r.resolveBy() != null
                && today.isAfter(r.resolveBy());
        return new QueueItem(r.id(), r.trackingCode(), r.category(), location,
                r.facilityId() == null ? null : r.facilityId().toString(), r.status(), r.receivedAt(), r.acknowledgeBy(),
                r.resolveBy(), ackOverdue, resolveOverdue, r.routedTo(), r.routeTarget(), r.routeContact());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDays.ZONE));
    }

    private static Refused notFound() {
        return Refused.notFound(Problem.of("report.problem.report.unknown"));
    }

    static void staff(CurrentUser user) {
        if (!Staff.handlesReports(user.role())) {
            throw new AccessDeniedException("reports are handled by providers, municipalities and the region");
        }
    }
}
