package nl.thuisbasis.oversight.committee;

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

/** The committee on the location's page. */
@Controller
class CommitteePageController {

    private final Committees committees;
    private final LocationPage page;

    CommitteePageController(Committees committees, LocationPage page) {
        this.committees = committees;
        this.page = page;
    }

    @PostMapping("/toezicht/locaties/{locationId}/commissie")
    String save(@PathVariable("locationId") LocationId id, @ModelAttribute("committeeForm") CommitteeForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, CommitteeForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Locations.REFUSED, committees.problems(user, id, form.committee()));
            }
            committees.update(user, id, form.committee());
            return LocationPage.saved(id, "committee");
        } catch (Refused refused) {
            // "at least one party" points at the first party's field; the version is hidden: reload the page
            return page.refused(LocationPage.onPage(refused, "members", "members[RESIDENTS]", "version", ""), user, id,
                    "committee", "committeeForm", form, binding, model, response);
        }
    }
}
