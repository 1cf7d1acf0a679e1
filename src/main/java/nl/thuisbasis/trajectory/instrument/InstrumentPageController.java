package nl.thuisbasis.trajectory.instrument;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The life-domain instrument of a region: which versions there are, and loading a new one from a CSV or XLSX file (all
 * or nothing, every problem with its row and column). For region coordinators (their own region) and administrators.
 */
@Controller
class InstrumentPageController {

    static final String PATH = "/leefgebieden/instrument";

    private final Instruments instruments;
    private final RegionCatalog regions;
    private final Forms forms;
    private final OnceOnly once;

    InstrumentPageController(Instruments instruments, RegionCatalog regions, Forms forms, OnceOnly once) {
        this.instruments = instruments;
        this.regions = regions;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String regio, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, regio, model);
    }

    @PostMapping(PATH)
    String load(@RequestParam(required = false) String region, @RequestParam(required = false) String code,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = OnceOnly.TOKEN, required = false) String token, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) throws IOException {
        List<Choice> choices = regionChoices(requireKeeper(user));
        model.addAttribute("region", region);
        model.addAttribute("code", code);
        List<Problem> missing = new java.util.ArrayList<>();
        if (region == null || choices.stream().noneMatch(c -> c.value().equals(region))) {
            missing.add(Problem.at("region", "trajectory.instrument.problem.region"));
        }
        if (file == null || file.isEmpty()) {
            missing.add(Problem.at("file", "trajectory.instrument.problem.noFile"));
        }
        if (!missing.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.show(model, null, missing);
            return page(user, region, model);
        }
        byte[] content = file.getBytes();
        try {
            // post-redirect-get; the form token makes a double tap load the file once
            return "redirect:" + once.submit(token, "trajectory.instrument.load", () -> {
                instruments.load(user, region, code == null ? null : code.strip(), content);
                return UriComponentsBuilder.fromPath(PATH).queryParam("regio", region).queryParam("ingelezen", "")
                        .build().toUriString();
            });
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(refused.status());
            List<Problem> atFields = refused.problems().stream().filter(p -> p.row() == null && p.field() != null).toList();
            forms.show(model, null, atFields);
            model.addAttribute("problems", forms.fileProblems(refused.problems().stream().filter(p -> !atFields.contains(p)).toList()));
            return page(user, region, model);
        }
    }

    private String page(CurrentUser user, String regio, Model model) {
        List<Choice> choices = regionChoices(requireKeeper(user));
        String shown = regio != null && choices.stream().anyMatch(c -> c.value().equals(regio)) ? regio
                : choices.isEmpty() ? null : choices.getFirst().value();
        model.addAttribute("regions", choices);
        model.addAttribute("shownRegion", shown);
        model.addAttribute("shownRegionName", choices.stream().filter(c -> c.value().equals(shown)).map(Choice::label)
                .findFirst().orElse(""));
        model.addAttribute("versions", shown == null ? List.of() : instruments.list(shown));
        model.addAttribute("current", shown == null ? null : instruments.current(shown).map(s -> s.id()).orElse(null));
        return "trajectory/instrument";
    }

    private List<Choice> regionChoices(CurrentUser user) {
        String own = Instruments.ownRegion(user);
        return regions.regions().stream().filter(r -> user.role() == Role.ADMIN || r.code().equals(own))
                .map(r -> new Choice(r.code(), r.name())).toList();
    }

    private static CurrentUser requireKeeper(CurrentUser user) {
        if (user == null || !(user.role() == Role.ADMIN || user.role() == Role.REGION_COORDINATOR)) {
            throw new AccessDeniedException("region coordinators and administrators keep the instrument");
        }
        return user;
    }
}
