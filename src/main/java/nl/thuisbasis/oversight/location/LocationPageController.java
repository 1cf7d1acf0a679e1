package nl.thuisbasis.oversight.location;

import nl.thuisbasis.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page of one location with its oversight; its forms post to the controllers of the feature packages. */
@Controller
class LocationPageController {

    private final LocationPage page;

    LocationPageController(LocationPage page) {
        this.page = page;
    }

    @GetMapping("/toezicht/locaties/{locationId}")
    String location(@PathVariable("locationId") LocationId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(user, id, model, null);
    }
}
