package nl.thuisbasis.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.facility.Facility;
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

    ReportPageController(Reports reports, SubmissionLimiter limiter, ReportStatistics statistics,
            nl.thuisbasis.region.RegionCatalog catalog) {
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
        return "reports/form";
    }

    @PostMapping("/melden")
    String submit(@RequestParam(defaultValue = "") String locatie, @RequestParam(required = false) Double lon,
            @RequestParam(required = false) Double lat, @RequestParam(defaultValue = "") String plek,
            @RequestParam(defaultValue = "") String categorie, @RequestParam(defaultValue = "") String beschrijving,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean toestemming,
            @RequestParam(defaultValue = "") String website, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!website.isEmpty()) {
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
            String code = reports.submit(new Reports.Submission(locatie, lon, lat, plek, categorie, beschrijving, email, toestemming));
            model.addAttribute("trackingCode", code);
            return "reports/thanks";
        } catch (Reports.Refused e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("entered", java.util.Map.of("plek", plek, "categorie", categorie, "beschrijving", beschrijving,
                    "email", email));
            return form(locatie.isBlank() ? null : locatie, lon, lat, model);
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
    String reopen(@RequestParam String code, @RequestParam(defaultValue = "") String waarom, Model model) {
        try {
            model.addAttribute("tracked", reports.reopen(code, waarom));
            model.addAttribute("reopened", true);
        } catch (Reports.Refused e) {
            model.addAttribute("tracked", reports.track(code).orElse(null));
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("code", code);
        return "reports/track";
    }

}
