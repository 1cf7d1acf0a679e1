package nl.thuisbasis.reports.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.reports.domain.ReportStatus;
import nl.thuisbasis.reports.domain.Staff;
import nl.thuisbasis.reports.domain.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reply templates: shared ones for everybody plus each organisation's own. */
@Service
public class ReplyTemplates {

    /** The problem code of a refused template (API and forms). */
    public static final String REFUSED = "report-refused";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 2000;

    private final ReplyTemplateRepository repository;

    ReplyTemplates(ReplyTemplateRepository repository) {
        this.repository = repository;
    }

    /** The steps a template may belong to (a reply is never the step "received"). */
    public static final List<ReportStatus> STEPS = List.of(ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, ReportStatus.CLOSED);

    /** A template; {@code organisationCode} null: shared; {@code status} the step it belongs to, null: any step. */
    public record Template(UUID id, String organisationCode, String title, String body, String status) {

        /** Whether this template may go with a step to this status. */
        public boolean fits(String newStatus) {
            return status == null || status.equals(newStatus);
        }
    }

    @Transactional(readOnly = true)
    public List<Template> forUser(CurrentUser user) {
        staff(user);
        return repository.forOrganisation(user.organisationCode());
    }

    /** The text of a template the user may use; empty when there is no such template for them. */
    @Transactional(readOnly = true)
    public Optional<String> body(CurrentUser user, UUID id) {
        return find(user, id).map(Template::body);
    }

    /** A template the user may use; empty when there is no such template for them. */
    @Transactional(readOnly = true)
    public Optional<Template> find(CurrentUser user, UUID id) {
        staff(user);
        return repository.visible(id, user.organisationCode());
    }

    /**
     * The problems of using a template with a step to {@code newStatus}: a template the user may not use, or one that
     * belongs to another step ("Afgehandeld" with "in progress"), refused at the field {@code templateId}.
     */
    @Transactional(readOnly = true)
    public List<Problem> problemsOfUse(CurrentUser user, UUID id, String newStatus) {
        if (id == null) {
            return List.of();
        }
        Optional<Template> template = find(user, id);
        if (template.isEmpty()) {
            return List.of(Problem.at("templateId", "report.problem.template.unknown"));
        }
        if (!template.get().fits(newStatus) && ReportStatus.parse(newStatus).isPresent()) {
            return List.of(Problem.at("templateId", "report.problem.template.otherStatus", template.get().title(),
                    ReportStatus.label(ReportStatus.valueOf(template.get().status())),
                    ReportStatus.label(ReportStatus.valueOf(newStatus))));
        }
        return List.of();
    }

    /** Every problem of a new template at once; nothing is stored. */
    public List<Problem> problems(TemplateDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String title = Texts.blankToNull(draft.title());
        String body = Texts.blankToNull(draft.body());
        if (title == null || title.length() > MAX_TITLE) {
            problems.add(Problem.at("title", "report.problem.template.title", MAX_TITLE));
        } else if (!Texts.storable(title)) {
            problems.add(Problem.at("title", "problem.text.characters"));
        }
        String status = Texts.blankToNull(draft.status());
        if (status != null && STEPS.stream().noneMatch(s -> s.name().equals(status))) {
            problems.add(Problem.at("status", "report.problem.template.status"));
        }
        if (body == null || body.length() > MAX_BODY) {
            problems.add(Problem.at("body", "report.problem.template.body", MAX_BODY));
        } else if (!Texts.storable(body)) {
            problems.add(Problem.at("body", "problem.text.characters"));
        }
        return problems;
    }

    /** Adds a template for the user's own organisation. */
    @Transactional
    public ReplyTemplateId add(CurrentUser user, TemplateDraft draft) {
        staff(user);
        Refused.unless(problems(draft), REFUSED);
        UUID id = UUID.randomUUID();
        repository.insert(id, user.organisationCode(), draft.title().trim(), draft.body().trim(),
                Texts.blankToNull(draft.status()), user.getUsername());
        return new ReplyTemplateId(id);
    }

    /**
     * Removes one of the organisation's own templates. A shared template stays (refused); a template the user cannot
     * see is not found.
     */
    @Transactional
    public void remove(CurrentUser user, ReplyTemplateId id) {
        staff(user);
        Template template = repository.visible(id.value(), user.organisationCode())
                .orElseThrow(() -> Refused.notFound(Problem.of("report.problem.template.unknown")));
        if (template.organisationCode() == null || !repository.delete(id.value(), user.organisationCode())) {
            throw Refused.invalid(REFUSED, Problem.of("report.problem.template.shared"));
        }
    }

    private static void staff(CurrentUser user) {
        if (!Staff.handlesReports(user.role())) {
            throw new AccessDeniedException("reply templates are for staff handling reports");
        }
    }
}
