package nl.thuisbasis.oversight.ladder;

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

/** The ladder on the location's page: move the location, switch extra supervision. */
@Controller
class LadderPageController {

    private final Ladder ladder;
    private final LocationPage page;
    private final OnceOnly once;

    LadderPageController(Ladder ladder, LocationPage page, OnceOnly once) {
        this.once = once;
        this.ladder = ladder;
        this.page = page;
    }

    @PostMapping("/toezicht/locaties/{locationId}/regime")
    String regime(@PathVariable("locationId") LocationId id, @ModelAttribute("regimeForm") RegimeForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, RegimeForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Locations.REFUSED, ladder.problems(user, id, form.move()));
            }
            Ladder.Move move = form.move();
            return once.submit(form.onceToken(), "oversight.regime", () -> {
                ladder.changeRegime(user, id, move);
                return LocationPage.saved(id, "regime");
            });
        } catch (Refused refused) {
            return page.refused(refused, user, id, "regime", "regimeForm", form, binding, model, response);
        }
    }

    @PostMapping("/toezicht/locaties/{locationId}/extra-toezicht")
    String supervision(@PathVariable("locationId") LocationId id, @ModelAttribute("supervisionForm") SupervisionForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, SupervisionForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Locations.REFUSED, ladder.problems(user, id, form.supervision()));
            }
            Ladder.Supervision supervision = form.supervision();
            return once.submit(form.onceToken(), "oversight.supervision", () -> {
                ladder.setExtraSupervision(user, id, supervision);
                return LocationPage.saved(id, "supervision");
            });
        } catch (Refused refused) {
            return page.refused(LocationPage.onPage(refused, "on", "", "reason", "supervisionReason", "decidedOn",
                    "supervisionDate"), user, id, "supervision", "supervisionForm", form, binding, model, response);
        }
    }
}
