package nl.thuisbasis.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import nl.thuisbasis.platform.ApiProblems;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reports from the neighbourhood, public: submit one (rate limited per client address) and follow it by its code. */
@ApiController
@RequestMapping("/api/v1/reports")
@Tag(name = "Meldingen", description = "Meldingen uit de buurt: indienen en volgen met de volgcode")
class ReportApiController {

    private final Reports reports;
    private final SubmissionLimiter limiter;
    private final ReportStatistics statistics;
    private final ApiProblems problems;

    ReportApiController(Reports reports, SubmissionLimiter limiter, ReportStatistics statistics, ApiProblems problems) {
        this.reports = reports;
        this.limiter = limiter;
        this.statistics = statistics;
        this.problems = problems;
    }

    record ReportBody(String cardCode, Double lon, Double lat, String locationText, String category, String description,
            String email, Boolean emailConsent) {
    }

    record Submitted(String trackingCode) {
    }

    @PostMapping
    @Operation(operationId = "submitReport", summary = "Een melding doen (zonder inloggen)",
            description = "Geeft een volgcode. Te veel meldingen vanaf één adres: 429 met Retry-After.")
    ResponseEntity<?> submit(@RequestBody ReportBody body, HttpServletRequest request) {
        Optional<Duration> wait = limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(wait.get().toSeconds()))
                    .contentType(ApiProblems.PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-reports",
                            "Te veel meldingen vanaf dit adres. Probeer het over " + wait.get().toSeconds() + " seconden opnieuw.",
                            List.of(), request));
        }
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        String code = reports.submit(new Reports.Submission(body.cardCode(), body.lon(), body.lat(), body.locationText(),
                body.category(), body.description(), body.email(), Boolean.TRUE.equals(body.emailConsent())));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").buildAndExpand(code).toUri();
        return ResponseEntity.created(location).body(new Submitted(code));
    }

    record Totals(String municipality, int year, Map<String, Integer> perCategory, int total) {
    }

    @GetMapping("/totals")
    @Operation(operationId = "reportTotals", summary = "Openbare totalen: meldingen per categorie in een gemeente in een jaar",
            description = "Nooit per locatie: een openbare lijst per locatie zou de bewoners stigmatiseren.")
    Totals totals(@org.springframework.web.bind.annotation.RequestParam String municipality,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer year) {
        if (!municipality.matches("GM\\d{4}")) {
            throw ApiException.badRequest("Geef de gemeente als GM-code, bijvoorbeeld GM0505.");
        }
        int y = year == null ? java.time.Year.now(Reports.ZONE).getValue() : year;
        Map<String, Integer> perCategory = statistics.municipalityTotals(municipality, y);
        return new Totals(municipality, y, perCategory, perCategory.values().stream().mapToInt(Integer::intValue).sum());
    }

    @GetMapping("/{trackingCode}")
    @Operation(operationId = "trackReport", summary = "De stand van een melding, met de volgcode")
    Reports.Tracked track(@PathVariable String trackingCode) {
        return reports.track(trackingCode).orElseThrow(() -> ApiException.notFound("Volgcode '" + trackingCode + "' is niet bekend."));
    }

}
