package nl.thuisbasis.oversight.covenant;

import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.LocationPage;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The covenant on the location's page. */
@Controller
class CovenantPageController {

    private final Covenants covenants;
    private final LocationPage page;

    CovenantPageController(Covenants covenants, LocationPage page) {
        this.covenants = covenants;
        this.page = page;
    }

    @PostMapping("/toezicht/locaties/{locationId}/convenant")
    String save(@PathVariable("locationId") LocationId id, @ModelAttribute("covenantForm") CovenantForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, CovenantForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Locations.REFUSED, covenants.problems(user, id, form.covenant()));
            }
            covenants.update(user, id, form.covenant());
            return LocationPage.saved(id, "covenant");
        } catch (Refused refused) {
            return page.refused(LocationPage.onPage(refused, "present", "covenantPresent", "version", ""), user, id,
                    "covenant", "covenantForm", form, binding, model, response);
        }
    }
}
