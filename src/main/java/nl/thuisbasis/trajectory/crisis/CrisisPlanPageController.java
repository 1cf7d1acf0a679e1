package nl.thuisbasis.trajectory.crisis;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * A client's crisis plan page: the plan as a form to go through with the client (the phases, the practical
 * arrangements, the risk factors with their agreements), its state (agreed on, changed by) and the crisis card as PDF.
 * Only the provider's own staff (the use case answers 404 to anyone else, and logs it).
 */
@Controller
class CrisisPlanPageController {

    static final String PATH = "/trajecten/{id}/crisisplan";
    static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    private final CrisisPlans plans;
    private final Forms forms;
    private final OnceOnly once;

    CrisisPlanPageController(CrisisPlans plans, Forms forms, OnceOnly once) {
        this.plans = plans;
        this.forms = forms;
        this.once = once;
    }

    /**
     * Spring binds a list of the form up to 256 rows and fails (a server error) on a row number beyond that; no row of
     * this form is numbered above 99, so such a request is refused before binding (400).
     */
    @InitBinder("crisisPlanForm")
    void rowNumbers(WebRequest request) {
        for (java.util.Iterator<String> names = request.getParameterNames(); names.hasNext();) {
            Matcher row = ROW.matcher(names.next());
            while (row.find()) {
                if (row.group(1).length() > 2) {
                    throw Refused.badRequest(Problem.of("trajectory.crisis.problem.rows"));
                }
            }
        }
    }

    @GetMapping(PATH)
    String plan(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CrisisPlans.Sheet sheet = plans.read(user, id.value());
        return page(model, sheet, CrisisPlanForm.of(sheet.plan()));
    }

    @PostMapping(PATH)
    String save(@PathVariable ClientId id, @ModelAttribute("crisisPlanForm") CrisisPlanForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        CrisisPlanForm entered = Forms.entered(form, binding, CrisisPlanForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(CrisisPlans.REFUSED, plans.problems(user, id.value(), entered.draft()));
            }
            // the same entries sent twice save once; a back-and-resend of other entries is refused as stale below
            return "redirect:" + once.submit(entered.onceToken(), entered.submission(), () -> {
                plans.save(user, id.value(), entered.version(), entered.draft());
                return "/trajecten/" + id + "/crisisplan?opgeslagen";
            });
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND || e.kind() == Refused.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status());
            CrisisPlans.Sheet sheet = plans.read(user, id.value());
            if (e.kind() == Refused.Kind.CONFLICT) {
                // what was entered stays, with the version there is now: looked over, it can be saved over it
                forms.show(model, binding, List.of(Problem.of("traj.crisis.stale")));
                return page(model, sheet, entered.withVersion(sheet.plan().map(CrisisPlanView::version).orElse(null)));
            }
            forms.show(model, binding, e);
            return page(model, sheet, entered);
        }
    }

    @GetMapping(PATH + ".pdf")
    ResponseEntity<byte[]> card(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        byte[] pdf = plans.card(user, id.value());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"crisiskaart.pdf\"").body(pdf);
    }

    private String page(Model model, CrisisPlans.Sheet sheet, CrisisPlanForm form) {
        model.addAttribute("client", sheet.client());
        model.addAttribute("plan", sheet.plan().orElse(null));
        model.addAttribute("crisisPlanForm", form.shown());
        model.addAttribute("textLength", CrisisPlanRules.TEXT_LENGTH);
        model.addAttribute("arrangementLength", CrisisPlanRules.ARRANGEMENT_LENGTH);
        model.addAttribute("riskLength", CrisisPlanRules.RISK_LENGTH);
        return "trajectory/crisis-plan";
    }
}
