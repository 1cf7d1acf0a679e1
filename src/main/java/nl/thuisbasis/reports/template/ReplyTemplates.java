package nl.thuisbasis.reports.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
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

    /** A template; {@code organisationCode} null: shared. */
    public record Template(UUID id, String organisationCode, String title, String body) {
    }

    @Transactional(readOnly = true)
    public List<Template> forUser(CurrentUser user) {
        staff(user);
        return repository.forOrganisation(user.organisationCode());
    }

    /** The text of a template the user may use; empty when there is no such template for them. */
    @Transactional(readOnly = true)
    public Optional<String> body(CurrentUser user, UUID id) {
        staff(user);
        return repository.visible(id, user.organisationCode()).map(Template::body);
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
        repository.insert(id, user.organisationCode(), draft.title().trim(), draft.body().trim(), user.getUsername());
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
