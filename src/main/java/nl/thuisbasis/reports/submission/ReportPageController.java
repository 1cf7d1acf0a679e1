package nl.thuisbasis.reports.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public report form at /melden (no login, fit for a phone) and following a report with its code. */
@Controller
class ReportPageController {

    private final Submissions submissions;
    private final Tracking tracking;
    private final SubmissionLimiter limiter;
    private final Forms forms;

    ReportPageController(Submissions submissions, Tracking tracking, SubmissionLimiter limiter, Forms forms) {
        this.submissions = submissions;
        this.tracking = tracking;
        this.limiter = limiter;
        this.forms = forms;
    }

    @GetMapping("/melden")
    String form(@RequestParam(required = false) String locatie, @RequestParam(required = false) Double lon,
            @RequestParam(required = false) Double lat, Model model) {
        model.addAttribute("code", locatie == null ? "" : locatie);
        if (locatie != null && !locatie.isBlank()) {
            Optional<Facility> card = submissions.byCard(locatie);
            model.addAttribute("cardLabel", card.map(submissions::publicLabel).orElse(null));
            model.addAttribute("cardUnknown", card.isEmpty());
        } else if (lon != null && lat != null) {
            submissions.proposal(lon, lat).ifPresent(f -> {
                model.addAttribute("proposal", submissions.publicLabel(f));
                model.addAttribute("proposalCode", f.id().toString().substring(0, 8));
            });
            model.addAttribute("lon", lon);
            model.addAttribute("lat", lat);
        }
        model.addAttribute("categories", submissions.categories());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReportForm(locatie, lon, lat, null, null, null, null, false, null));
        }
        return "reports/form";
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
                throw Refused.invalid(Submissions.REFUSED, submissions.problems(form.submission()));
            }
            String code = submissions.submit(form.submission());
            model.addAttribute("trackingCode", code);
            return "reports/thanks";
        } catch (Refused refused) {
            response.setStatus(refused.status());
            // the point and the card code are hidden fields: their problems point at the visible "where is it?"
            forms.show(model, binding, refused.problems().stream().map(p -> switch (String.valueOf(p.field())) {
                case "lon", "lat" -> p.on("locationText");
                case "cardCode" -> p.on(null);
                default -> p;
            }).toList());
            String card = form.cardCode() == null || form.cardCode().isBlank() ? null : form.cardCode();
            return form(card, form.lon(), form.lat(), model);
        }
    }

    @GetMapping("/melden/volgen")
    String track(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            Optional<Tracking.Tracked> tracked = tracking.track(code);
            model.addAttribute("tracked", tracked.orElse(null));
            model.addAttribute("unknown", tracked.isEmpty());
        }
        model.addAttribute("code", code == null ? "" : code);
        return "reports/track";
    }

    @PostMapping("/melden/volgen/heropenen")
    String reopen(@ModelAttribute("form") ReopenForm form, BindingResult binding, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, ReopenForm.class);
        model.addAttribute("form", form);
        if (form.code() == null) {
            throw Refused.badRequest(Problem.at("code", "problem.parameter.missing", "code"));
        }
        try {
            model.addAttribute("tracked", tracking.reopen(form.code(), form.why()));
            model.addAttribute("reopened", true);
        } catch (Refused refused) {
            response.setStatus(refused.status());
            model.addAttribute("tracked", tracking.track(form.code()).orElse(null));
            forms.show(model, binding, refused);
        }
        model.addAttribute("code", form.code());
        return "reports/track";
    }
}
