package nl.thuisbasis.outflow.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.domain.matching.Rule;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.VacancyId;
import nl.thuisbasis.outflow.vacancy.VacancyPage;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The matching page (run a round, see it as far as you may), and adopting or letting go of a proposal on a vacancy's page. */
@Controller
class MatchingPageController {

    private final Matching matching;
    private final OutflowSettings settings;
    private final VacancyPage vacancyPage;

    private final OnceOnly once;

    MatchingPageController(Matching matching, OutflowSettings settings, VacancyPage vacancyPage, OnceOnly once) {
        this.once = once;
        this.matching = matching;
        this.settings = settings;
        this.vacancyPage = vacancyPage;
    }

    @GetMapping("/uitstroom/matching")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("run", matching.latest(user, region.code()).orElse(null));
        model.addAttribute("rules", Rule.values());
        model.addAttribute("role", user.role().name());
        model.addAttribute("mayRun", matching.mayRun(user));
        return "outflow/matching";
    }

    /** Runs a round; from a vacancy page the user returns there (only to an outflow page of this application). */
    @PostMapping("/uitstroom/matching")
    String run(@ModelAttribute("runForm") RunForm form, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        // once per form: a reload or a second tap does not run a second round
        once.submit(form == null ? null : form.onceToken(), "outflow.matching.run",
                () -> matching.run(user, settings.regionFor(user).code()).id().toString());
        String terug = form == null || form.back() == null ? "" : form.back();
        String back = terug.startsWith(request.getContextPath()) ? terug.substring(request.getContextPath().length()) : terug;
        if (back.matches("/uitstroom/woningen/[0-9a-f-]{36}")) {
            return "redirect:" + back + "?ronde";
        }
        return "redirect:/uitstroom/matching?gedraaid";
    }

    @PostMapping("/uitstroom/woningen/{id}/voorstel")
    String adopt(@PathVariable VacancyId id, @ModelAttribute("proposalForm") ProposalForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ProposalForm entered = Forms.entered(form, binding, ProposalForm.class);
        model.addAttribute("proposalForm", entered);
        // the reason of another place shows at that row's field; the round and the place are hidden: problems of the step
        String reasonField = entered.place() == null ? "" : "choiceReason-" + entered.place();
        return vacancyPage.step(id.value(), user, model, response, binding,
                Map.of("reason", reasonField, "place", "", "matchingRunId", ""), () -> {
                    if (Forms.unreadable(binding)) {
                        throw Refused.invalid(Matching.REFUSED, List.of());
                    }
                    matching.adopt(user, entered.run(), id.value(), entered.place(), entered.choiceReason());
                }, "overgenomen");
    }

    @PostMapping("/uitstroom/woningen/{id}/loslaten")
    String release(@PathVariable VacancyId id, @ModelAttribute("proposalReleaseForm") ProposalReleaseForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ProposalReleaseForm entered = Forms.entered(form, binding, ProposalReleaseForm.class);
        model.addAttribute("proposalReleaseForm", entered);
        return vacancyPage.step(id.value(), user, model, response, binding, Map.of("reason", "releaseReason"),
                () -> matching.release(user, id.value(), entered.releaseReason()), "losgelaten");
    }
}
