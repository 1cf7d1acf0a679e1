package nl.thuisbasis.oversight.liveability;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.LocationPage;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Liveability measurements on the location's page. */
@Controller
class MeasurementPageController {

    private final Measurements measurements;
    private final LocationPage page;
    private final OnceOnly once;

    MeasurementPageController(Measurements measurements, LocationPage page, OnceOnly once) {
        this.once = once;
        this.measurements = measurements;
        this.page = page;
    }

    @PostMapping("/toezicht/locaties/{locationId}/metingen")
    String add(@PathVariable("locationId") LocationId id, @ModelAttribute("measurementForm") MeasurementForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, MeasurementForm.class);
        try {
            if (Forms.unreadable(binding) || form.scoreUnreadable()) {
                List<Problem> problems = new ArrayList<>(measurements.problems(user, id, form.measurement()));
                if (form.scoreUnreadable()) {
                    // not "enter the score": what was typed is no number
                    problems.removeIf(p -> "score".equals(p.field()));
                    problems.add(Problem.at("score", "oversight.problem.measurement.score.number"));
                }
                throw Refused.invalid(Locations.REFUSED, problems);
            }
            Measurements.Measurement measurement = form.measurement();
            return once.submit(form.onceToken(), "oversight.measurement", () -> {
                measurements.add(user, id, measurement);
                return LocationPage.saved(id, "measurement");
            });
        } catch (Refused refused) {
            return page.refused(refused, user, id, "measurement", "measurementForm", form, binding, model, response);
        }
    }
}
