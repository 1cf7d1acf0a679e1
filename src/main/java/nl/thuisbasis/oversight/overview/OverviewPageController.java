package nl.thuisbasis.oversight.overview;

import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.location.MunicipalityNames;
import nl.thuisbasis.oversight.improvement.Improvements;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's overview (/toezicht): every contracted location, and the actions past their deadline. */
@Controller
class OverviewPageController {

    private final Overview overview;
    private final Improvements improvements;
    private final MunicipalityNames municipalities;

    OverviewPageController(Overview overview, Improvements improvements, MunicipalityNames municipalities) {
        this.municipalities = municipalities;
        this.overview = overview;
        this.improvements = improvements;
    }

    @GetMapping("/toezicht")
    String overview(@RequestParam(required = false) String gemeente, @AuthenticationPrincipal CurrentUser user, Model model) {
        String municipality = gemeente == null || gemeente.isBlank() ? null : gemeente.trim();
        List<Overview.Row> rows = overview.rows(user, municipality);
        model.addAttribute("rows", rows);
        model.addAttribute("overdueActions", improvements.overdueActions(user, municipality));
        model.addAttribute("gemeente", municipality == null ? "" : municipality);
        model.addAttribute("ownMunicipality", user.organisation().municipalityCode());
        model.addAttribute("municipalities", municipalities.choices());
        model.addAttribute("windowDays", overview.windowDays());
        model.addAttribute("reportsSince", LocalDate.now().minusDays(overview.windowDays()));
        model.addAttribute("suggestions", rows.stream().filter(r -> r.suggestion().isPresent()).count());
        return "oversight/overview";
    }
}
