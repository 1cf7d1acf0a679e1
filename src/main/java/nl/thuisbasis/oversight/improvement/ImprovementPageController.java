package nl.thuisbasis.oversight.improvement;

import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.LocationPage;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The plan of actions on the location's page: add an action, set an action's status. */
@Controller
class ImprovementPageController {

    private final Improvements improvements;
    private final LocationPage page;
    private final OnceOnly once;

    ImprovementPageController(Improvements improvements, LocationPage page, OnceOnly once) {
        this.once = once;
        this.improvements = improvements;
        this.page = page;
    }

    @PostMapping("/toezicht/locaties/{locationId}/acties")
    String add(@PathVariable("locationId") LocationId id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, ActionForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Locations.REFUSED, improvements.problems(user, id, form.draft()));
            }
            Improvements.NewAction draft = form.draft();
            return once.submit(form.onceToken(), "oversight.action", () -> {
                improvements.addAction(user, id, draft);
                return LocationPage.saved(id, "actions");
            });
        } catch (Refused refused) {
            return page.refused(refused, user, id, "action", "actionForm", form, binding, model, response);
        }
    }

    @PostMapping("/toezicht/locaties/{locationId}/acties/{actionId}")
    String status(@PathVariable("locationId") LocationId id, @PathVariable ActionId actionId,
            @ModelAttribute("actionStatusForm") ActionStatusForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, ActionStatusForm.class);
        try {
            improvements.setStatus(user, id, actionId, form.version(), form.status());
            return LocationPage.saved(id, "actions");
        } catch (Refused refused) {
            // one small form per action: its problems are shown above the plan, not at a field
            return page.refused(LocationPage.onPage(refused, "version", "", "status", ""), user, id, "actions",
                    "actionStatusForm", form, binding, model, response);
        }
    }
}
