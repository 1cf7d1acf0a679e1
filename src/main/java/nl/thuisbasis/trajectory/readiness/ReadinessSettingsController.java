package nl.thuisbasis.trajectory.readiness;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A region's readiness checklist, kept by its coordinator (an administrator keeps every region's): the items in order,
 * adding one, taking one off the list or putting it back. Until a region changes something it uses the shipped list.
 */
@Controller
class ReadinessSettingsController {

    static final String PATH = "/leefgebieden/gereedheid";

    private final Readiness readiness;
    private final RegionCatalog regions;
    private final Forms forms;
    private final OnceOnly once;

    ReadinessSettingsController(Readiness readiness, RegionCatalog regions, Forms forms, OnceOnly once) {
        this.readiness = readiness;
        this.regions = regions;
        this.forms = forms;
        this.once = once;
    }

    record ItemForm(String region, String nameNl, String nameEn, String onceToken) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String regio, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, regio, model, new ItemForm(null, null, null, null));
    }

    @PostMapping(PATH)
    String add(@ModelAttribute("itemForm") ItemForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        ItemForm entered = Forms.entered(form, binding, ItemForm.class);
        String region = shown(user, entered.region());
        try {
            return "redirect:" + once.submit(entered.onceToken(), "trajectory.readiness.item", () -> {
                readiness.addItem(user, region, entered.nameNl(), entered.nameEn());
                return back(region, "toegevoegd");
            });
        } catch (Refused e) {
            if (e.kind() != Refused.Kind.INVALID) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return page(user, region, model, entered);
        }
    }

    @PostMapping(PATH + "/{code}")
    String active(@PathVariable String code, @RequestParam(required = false) String region,
            @RequestParam(required = false) String active, @AuthenticationPrincipal CurrentUser user) {
        String shown = shown(user, region);
        readiness.setActive(user, shown, code, "true".equals(active));
        return "redirect:" + back(shown, "gewijzigd");
    }

    private String page(CurrentUser user, String regio, Model model, ItemForm form) {
        String shown = shown(user, regio);
        model.addAttribute("regions", choices(user));
        model.addAttribute("shownRegion", shown);
        model.addAttribute("shownRegionName", regions.regions().stream().filter(r -> r.code().equals(shown))
                .map(r -> r.name()).findFirst().orElse(shown));
        model.addAttribute("items", readiness.itemsOf(shown));
        model.addAttribute("itemForm", form);
        return "trajectory/readiness-settings";
    }

    /** The region asked for when this user keeps it, else the first they keep. */
    private String shown(CurrentUser user, String asked) {
        List<Choice> choices = choices(user);
        if (choices.isEmpty()) {
            throw new AccessDeniedException("region coordinators and administrators keep the readiness checklist");
        }
        return asked != null && choices.stream().anyMatch(c -> c.value().equals(asked)) ? asked : choices.getFirst().value();
    }

    private List<Choice> choices(CurrentUser user) {
        if (user == null || !(user.role() == Role.ADMIN || user.role() == Role.REGION_COORDINATOR)) {
            throw new AccessDeniedException("region coordinators and administrators keep the readiness checklist");
        }
        return regions.regions().stream().filter(r -> Readiness.mayKeep(user, r.code()))
                .map(r -> new Choice(r.code(), r.name())).toList();
    }

    private static String back(String region, String flag) {
        return UriComponentsBuilder.fromPath(PATH).queryParam("regio", region).queryParam(flag, "").build().toUriString();
    }
}
