package nl.thuisbasis.oversight.location;

import nl.thuisbasis.reports.ReportCards;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.ActionStatus;
import nl.thuisbasis.oversight.domain.Party;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page of one location (/toezicht/locaties/{id}): committee, covenant, measurements, the ladder with its history,
 * the improvement track and what the reports say, each with its form. The feature controllers show it again with
 * their form as entered (model attributes {@code regimeForm}, {@code supervisionForm}, {@code committeeForm},
 * {@code covenantForm}, {@code measurementForm}, {@code actionForm}) and the problems when a change was refused.
 */
@Component
public class LocationPage {

    public static final String VIEW = "oversight/location";
    static final List<String> MEASUREMENT_KINDS = List.of("BASELINE", "FOLLOW_UP");

    private final Locations locations;
    private final Signals signals;
    private final Forms forms;

    LocationPage(Locations locations, Signals signals, Forms forms) {
        this.locations = locations;
        this.signals = signals;
        this.forms = forms;
    }

    /**
     * Fills the model and names the view.
     *
     * @param section the part of the page with the form that was refused (opened, and the target of the redirect), or null
     */
    public String show(CurrentUser user, LocationId id, Model model, String section) {
        OversightProfile profile = locations.profile(id).orElseThrow(Locations::notFound);
        Facility facility = locations.visible(id);
        ReportSignals reportSignals = signals.of(profile);
        model.addAttribute("profile", profile);
        model.addAttribute("facility", facility);
        model.addAttribute("signals", reportSignals);
        model.addAttribute("mayManage", locations.mayManage(user, facility));
        model.addAttribute("mayEdit", locations.mayEditDetails(user, facility));
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("parties", Party.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
        model.addAttribute("measurementKinds", MEASUREMENT_KINDS);
        model.addAttribute("section", section);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("cardCode", ReportCards.code(facility));
        model.addAttribute("maxMonth", reportSignals.maxMonth());
        return VIEW;
    }

    /**
     * The page again after a refused change: with the status of the refusal, the problems next to the fields of the
     * form (as entered, under {@code formName}) and in the summary. A change someone else made first (409) shows the
     * current state instead of what was entered. A location that is not there (any more) is the 404 page.
     */
    public String refused(Refused refused, CurrentUser user, LocationId id, String section, String formName, Object form,
            BindingResult binding, Model model, HttpServletResponse response) {
        if (refused.kind() == Refused.Kind.NOT_FOUND) {
            throw refused;
        }
        response.setStatus(refused.status());
        if (refused.kind() == Refused.Kind.CONFLICT) {
            forms.show(model, null, List.of(Problem.of("oversight.problem.stale")));
            model.asMap().remove(formName);
        } else {
            forms.show(model, binding, withoutUnreadable(refused.problems(), binding));
            model.addAttribute(formName, form);
        }
        return show(user, id, model, section);
    }

    /**
     * The policy's problems without those of fields whose value could not be read: "enter a date" says nothing new
     * next to "this is no date".
     */
    public static List<Problem> withoutUnreadable(List<Problem> problems, BindingResult binding) {
        return problems.stream()
                .filter(p -> p.field() == null || binding == null || !binding.hasFieldErrors(p.field()))
                .toList();
    }

    /** Where a change that was recorded sends the browser: the page again, at the part that changed. */
    public static String saved(LocationId id, String section) {
        return "redirect:/toezicht/locaties/" + id + "?vastgelegd=" + section + "#" + section;
    }

    /**
     * The refusal with its problems moved to the names of the page's fields: {@code renames} are pairs of the policy's
     * field and the page's ("" for a problem of the form as a whole, e.g. a hidden field), so that a problem shows
     * next to the right field of the right form.
     */
    public static Refused onPage(Refused refused, String... renames) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i + 1 < renames.length; i += 2) {
            names.put(renames[i], renames[i + 1]);
        }
        List<Problem> problems = refused.problems().stream()
                .map(p -> p.field() == null || !names.containsKey(p.field()) ? p
                        : p.on(names.get(p.field()).isEmpty() ? null : names.get(p.field())))
                .toList();
        return new Refused(refused.kind(), refused.code(), problems);
    }
}
