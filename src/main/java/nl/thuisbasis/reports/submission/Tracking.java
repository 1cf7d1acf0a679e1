package nl.thuisbasis.reports.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.domain.ReportStatus;
import nl.thuisbasis.reports.domain.Texts;
import nl.thuisbasis.reports.domain.TrackingCode;
import nl.thuisbasis.platform.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Following a report with its tracking code, and reopening it within 14 days of closing. */
@Service
class Tracking {

    static final Duration REOPEN_WITHIN = Duration.ofDays(14);
    /** The longest reason for reopening that is kept; the rest is cut off. */
    static final int MAX_WHY = 500;

    private final SubmissionRepository repository;
    private final FacilityRegister register;
    private final Submissions submissions;
    private final ReportProperties properties;
    private final Messages messages;
    private final Clock clock;

    Tracking(SubmissionRepository repository, FacilityRegister register, Submissions submissions, ReportProperties properties,
            Messages messages, Optional<Clock> clock) {
        this.repository = repository;
        this.register = register;
        this.submissions = submissions;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * What the reporter sees with their code; texts in the reader's language. {@code lastChange}: when the report last
     * moved (the receipt itself at first); {@code answerBy}: the day by which a first answer is due, while none came;
     * {@code resolveBy}: the day by which it should be dealt with, while it is open.
     */
    record Tracked(String trackingCode, String category, String location, String status, Instant receivedAt,
            List<Update> updates, boolean mayReopen, Instant lastChange, LocalDate answerBy, LocalDate resolveBy) {
    }

    /** A public step in the report's life: status and the reply that came with it. */
    record Update(String status, String note, Instant at) {
    }

    @Transactional(readOnly = true)
    Optional<Tracked> track(String code) {
        return TrackingCode.normalise(code).flatMap(repository::byCode).map(this::tracked);
    }

    private Tracked tracked(SubmissionRepository.Row row) {
        List<Update> updates = repository.steps(row.id()).stream()
                .map(s -> new Update(s.status(), s.noteKey() != null ? messages.text(s.noteKey(), s.noteArgs().toArray())
                        : s.note(), s.at()))
                .toList();
        String location = row.facilityId() != null
                ? register.withKnownAddress(new FacilityId(row.facilityId())).map(submissions::publicLabel)
                        .orElseGet(() -> messages.text("report.location.facility.unknown"))
                : row.locationText() != null ? row.locationText() : messages.text("report.location.unknown");
        boolean mayReopen = ReportStatus.CLOSED.name().equals(row.status()) && row.closedAt() != null
                && row.closedAt().plus(REOPEN_WITHIN).isAfter(clock.instant());
        boolean open = !ReportStatus.CLOSED.name().equals(row.status());
        Instant lastChange = updates.isEmpty() ? row.receivedAt() : updates.getLast().at();
        LocalDate answerBy = open && !row.acknowledged() ? row.acknowledgeBy() : null;
        return new Tracked(row.trackingCode(), row.category(), location, row.status(), row.receivedAt(), updates, mayReopen,
                lastChange, answerBy, open ? row.resolveBy() : null);
    }

    /** Asks to reopen a closed report within 14 days of closing; back to "received", with new terms from today. */
    @Transactional
    Tracked reopen(String code, String why) {
        Optional<SubmissionRepository.Row> row = TrackingCode.normalise(code).flatMap(repository::byCode);
        List<Problem> problems = new ArrayList<>();
        if (row.isEmpty()) {
            problems.add(Problem.at("code", "report.problem.code.unknown"));
        } else if (!tracked(row.get()).mayReopen()) {
            problems.add(Problem.of("report.problem.reopen.closedOnly", REOPEN_WITHIN.toDays()));
        }
        if (!Texts.storable(why)) {
            problems.add(Problem.at("why", "problem.text.characters"));
        }
        Refused.unless(problems, Submissions.REFUSED);
        SubmissionRepository.Row report = row.orElseThrow();
        ReportProperties.Deadline deadline = properties.deadline(report.category());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        repository.reopen(report.id(), WorkingDays.deadline(today, deadline.acknowledge()),
                WorkingDays.deadline(today, deadline.resolve()));
        String reason = Texts.blankToNull(why);
        if (reason == null) {
            repository.addStep(report.id(), ReportStatus.RECEIVED.name(), "report.history.reopened", null);
        } else {
            repository.addStep(report.id(), ReportStatus.RECEIVED.name(), "report.history.reopened.why",
                    List.of(reason.substring(0, Math.min(MAX_WHY, reason.length()))));
        }
        return track(report.trackingCode()).orElseThrow();
    }
}
