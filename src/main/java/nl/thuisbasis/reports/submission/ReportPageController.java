package nl.thuisbasis.reports.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public report form at /melden (no login, fit for a phone) and following a report with its code. A report that is
 * stored redirects to its thank-you page (post-redirect-get), and the form's token makes a reload or a double tap count
 * once ({@link OnceOnly}).
 */
@Controller
class ReportPageController {

    /** The forms whose submissions count once. */
    static final String SUBMIT = "reports.submit";
    static final String REOPEN = "reports.reopen";

    private final Submissions submissions;
    private final Tracking tracking;
    private final SubmissionLimiter limiter;
    private final Forms forms;
    private final OnceOnly once;
    private final Messages messages;

    ReportPageController(Submissions submissions, Tracking tracking, SubmissionLimiter limiter, Forms forms, OnceOnly once,
            Messages messages) {
        this.messages = messages;
        this.submissions = submissions;
        this.tracking = tracking;
        this.limiter = limiter;
        this.forms = forms;
        this.once = once;
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
            offerNearby(lon, lat, model);
        }
        model.addAttribute("categories", submissions.categories());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReportForm.empty(locatie, lon, lat));
        }
        return "reports/form";
    }

    /**
     * What "use my location" puts into the form without reloading it (so nothing typed is lost): the point, and the
     * public facilities near it to choose from, none chosen; its message says what was found.
     */
    @GetMapping("/melden/in-de-buurt")
    String nearby(@RequestParam double lon, @RequestParam double lat, Model model) {
        offerNearby(lon, lat, model);
        return "reports/nearby :: nearby";
    }

    private void offerNearby(double lon, double lat, Model model) {
        List<Choice> choices = new ArrayList<>(submissions.nearby(lon, lat).stream()
                .map(f -> new Choice(f.id().toString().substring(0, 8), submissions.publicLabel(f))).toList());
        model.addAttribute("nearbyCount", choices.size());
        model.addAttribute("nearbyMessage", choices.isEmpty()
                ? messages.text("report.useLocation.none", submissions.nearbyMetres())
                : messages.text("report.useLocation.found", choices.size()));
        if (!choices.isEmpty()) {
            choices.add(new Choice(ReportForm.ELSEWHERE, messages.text("report.proposal.other")));
            model.addAttribute("nearbyChoices", choices);
        }
        model.addAttribute("lon", lon);
        model.addAttribute("lat", lat);
    }

    @PostMapping("/melden")
    String submit(@ModelAttribute("form") ReportForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        form = Forms.entered(form, binding, ReportForm.class);
        model.addAttribute("form", form);
        if (form.website() != null && !form.website().isEmpty()) {
            // the honeypot field, invisible to people: a bot filled it in; say thanks and store nothing
            return "redirect:/melden/bedankt";
        }
        Optional<String> earlier = once.earlier(form.onceToken(), SUBMIT);
        if (earlier.isPresent()) {
            // a reload or a double tap of a form that was sent: its thank-you page again, nothing new
            return "redirect:" + earlier.get();
        }
        Optional<Duration> wait = limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            return "reports/too-many";
        }
        try {
            if (Forms.unreadable(binding) || !form.choiceProblems().isEmpty()) {
                // a value that could not be read or a choice not made, and with it whatever else is wrong: every problem at once
                List<Problem> problems = new ArrayList<>(form.choiceProblems());
                problems.addAll(submissions.problems(form.submission()));
                throw Refused.invalid(Submissions.REFUSED, problems);
            }
            Submission submission = form.submission();
            return "redirect:" + once.submit(form.onceToken(), SUBMIT, () -> thanks(submissions.submit(submission)));
        } catch (Refused refused) {
            response.setStatus(refused.status());
            keepToken(form.onceToken(), model);
            // the point and the card code are hidden fields: their problems point at the visible "where is it?"
            boolean offered = Boolean.TRUE.equals(form.nearbyOffered());
            forms.show(model, binding, refused.problems().stream().map(p -> switch (String.valueOf(p.field())) {
                case "lon", "lat" -> p.on("locationText");
                case "cardCode" -> p.on(offered ? "nearby" : null);
                default -> p;
            }).toList());
            String card = form.cardCode() == null || form.cardCode().isBlank() ? null : form.cardCode();
            return form(card, form.lon(), form.lat(), model);
        }
    }

    private static String thanks(String trackingCode) {
        return "/melden/bedankt/" + trackingCode;
    }

    /** A refused form keeps its token: nothing was stored, and the corrected form is the same submission. */
    private static void keepToken(String token, Model model) {
        if (token != null && !token.isBlank() && token.length() <= OnceOnly.MAX_LENGTH) {
            model.addAttribute(OnceOnly.TOKEN, token);
        }
    }

    /** The thank-you page of a stored report: its code (the reporter's secret) and what happens next. */
    @GetMapping("/melden/bedankt/{trackingCode}")
    String thanks(@PathVariable String trackingCode, Model model) {
        Tracking.Tracked tracked = tracking.track(trackingCode)
                .orElseThrow(() -> Refused.notFound(Problem.of("report.problem.trackingCode.unknown", trackingCode)));
        model.addAttribute("trackingCode", tracked.trackingCode());
        model.addAttribute("tracked", tracked);
        return "reports/thanks";
    }

    /** The thanks a bot gets for filling in the hidden field: no code, nothing stored. */
    @GetMapping("/melden/bedankt")
    String thanks() {
        return "reports/thanks";
    }

    @GetMapping("/melden/volgen")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String heropend, Model model) {
        model.addAttribute("reopened", heropend != null);
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
            String code = form.code();
            String why = form.why();
            return "redirect:" + once.submit(form.onceToken(), REOPEN, () -> "/melden/volgen?code="
                    + tracking.reopen(code, why).trackingCode() + "&heropend=ja");
        } catch (Refused refused) {
            response.setStatus(refused.status());
            keepToken(form.onceToken(), model);
            model.addAttribute("tracked", tracking.track(form.code()).orElse(null));
            forms.show(model, binding, refused);
        }
        model.addAttribute("code", form.code());
        return "reports/track";
    }
}
