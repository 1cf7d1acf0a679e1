package nl.thuisbasis.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Refused;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public report form at /melden (no login, fit for a phone) and following a report with its code. */
@Controller
class ReportPageController {

    private final Reports reports;
    private final SubmissionLimiter limiter;
    private final ReportStatistics statistics;
    private final nl.thuisbasis.region.RegionCatalog catalog;
    private final Forms forms;

    ReportPageController(Reports reports, SubmissionLimiter limiter, ReportStatistics statistics,
            nl.thuisbasis.region.RegionCatalog catalog, Forms forms) {
        this.forms = forms;
        this.reports = reports;
        this.limiter = limiter;
        this.statistics = statistics;
        this.catalog = catalog;
    }

    /** Public figures: reports per category per municipality and year; never per location. */
    @GetMapping("/melden/cijfers")
    String figures(@RequestParam(required = false) String gemeente, @RequestParam(required = false) Integer jaar, Model model) {
        int year = jaar == null ? java.time.Year.now(Reports.ZONE).getValue() : jaar;
        java.util.Map<String, String> municipalities = new java.util.LinkedHashMap<>();
        for (String code : statistics.municipalitiesWithReports(year)) {
            municipalities.put(code, catalog.area(code).map(a -> a.name()).orElse(code));
        }
        String chosen = gemeente != null && municipalities.containsKey(gemeente) ? gemeente
                : municipalities.isEmpty() ? null : municipalities.keySet().iterator().next();
        java.util.Map<String, Integer> totals = chosen == null ? java.util.Map.of() : statistics.municipalityTotals(chosen, year);
        model.addAttribute("year", year);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("chosen", chosen);
        model.addAttribute("totals", totals);
        model.addAttribute("total", totals.values().stream().mapToInt(Integer::intValue).sum());
        return "reports/figures";
    }

    @GetMapping("/melden")
    String form(@RequestParam(required = false) String locatie, @RequestParam(required = false) Double lon,
            @RequestParam(required = false) Double lat, Model model) {
        model.addAttribute("code", locatie == null ? "" : locatie);
        if (locatie != null && !locatie.isBlank()) {
            Optional<Facility> card = reports.byCard(locatie);
            model.addAttribute("cardLabel", card.map(reports::publicLabel).orElse(null));
            model.addAttribute("cardUnknown", card.isEmpty());
        } else if (lon != null && lat != null) {
            reports.proposal(lon, lat).ifPresent(f -> {
                model.addAttribute("proposal", reports.publicLabel(f));
                model.addAttribute("proposalCode", f.id().toString().substring(0, 8));
            });
            model.addAttribute("lon", lon);
            model.addAttribute("lat", lat);
        }
        model.addAttribute("categories", reports.categories());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReportForm(locatie, lon, lat, null, null, null, null, false, null));
        }
        return "reports/form";
    }

    /** What the public form sends; {@code website} is the honeypot that people never see. */
    record ReportForm(String cardCode, Double lon, Double lat, String locationText, String category, String description,
            String email, Boolean emailConsent, String website) {

        Reports.Submission submission() {
            return new Reports.Submission(cardCode, lon, lat, locationText, category, description, email,
                    Boolean.TRUE.equals(emailConsent));
        }
    }

    @PostMapping("/melden")
    String submit(@ModelAttribute("form") ReportForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        form = Forms.entered(form, binding, ReportForm.class);
        model.addAttribute("form", form);
        if (form.website() != null && !form.website().isEmpty()) {
            // the honeypot field, invisible to people: a bot filled it in; say thanks and store nothing
            return "reports/thanks";
        }
        Optional<Duration> wait = limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            return "reports/too-many";
        }
        try {
            if (Forms.unreadable(binding)) {
                // a value that could not be read, and with it whatever else is wrong: every problem at once
                throw Refused.invalid(Reports.REFUSED, reports.problems(form.submission()));
            }
            String code = reports.submit(form.submission());
            model.addAttribute("trackingCode", code);
            return "reports/thanks";
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            String card = form.cardCode() == null || form.cardCode().isBlank() ? null : form.cardCode();
            return form(card, form.lon(), form.lat(), model);
        }
    }

    @GetMapping("/melden/volgen")
    String track(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            Optional<Reports.Tracked> tracked = reports.track(code);
            model.addAttribute("tracked", tracked.orElse(null));
            model.addAttribute("unknown", tracked.isEmpty());
        }
        model.addAttribute("code", code == null ? "" : code);
        return "reports/track";
    }

    @PostMapping("/melden/volgen/heropenen")
    String reopen(@RequestParam String code, @RequestParam(defaultValue = "") String why, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("tracked", reports.reopen(code, why));
            model.addAttribute("reopened", true);
        } catch (Refused refused) {
            response.setStatus(refused.status());
            model.addAttribute("tracked", reports.track(code).orElse(null));
            forms.show(model, null, refused);
        }
        model.addAttribute("code", code);
        return "reports/track";
    }

}
