package nl.thuisbasis.reports.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiProblems;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Reports from the neighbourhood, public: submit one (rate limited per client address) and follow it by its code. */
@ApiController
@RequestMapping("/api/v1/reports")
@Tag(name = "Meldingen", description = "Meldingen uit de buurt: indienen en volgen met de volgcode")
class ReportApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The API's submissions count once per key, apart from the form's tokens. */
    static final String SUBMIT = "reports.api.submit";

    private final Submissions submissions;
    private final Tracking tracking;
    private final SubmissionLimiter limiter;
    private final ApiProblems problems;
    private final OnceOnly once;

    ReportApiController(Submissions submissions, Tracking tracking, SubmissionLimiter limiter, ApiProblems problems,
            OnceOnly once) {
        this.submissions = submissions;
        this.tracking = tracking;
        this.limiter = limiter;
        this.problems = problems;
        this.once = once;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "submitReport", summary = "Een melding doen (zonder inloggen)",
            description = "Geeft een volgcode. Te veel meldingen vanaf één adres: 429 met Retry-After. Met een "
                    + "Idempotency-Key telt een herhaalde aanroep (na een time-out, een dubbele tik) één keer: dezelfde "
                    + "sleutel geeft dezelfde volgcode en maakt geen tweede melding.")
    ResponseEntity<?> submit(@RequestBody ReportRequest body,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = false,
                    description = "Een sleutel die de client per melding kiest (bijvoorbeeld een UUID, hoogstens "
                            + OnceOnly.MAX_LENGTH + " tekens); een herhaling met dezelfde sleutel geeft de volgcode van "
                            + "de eerste aanroep, zeven dagen lang.")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        Optional<String> earlier = once.earlier(idempotencyKey, SUBMIT);
        if (earlier.isPresent()) {
            return created(earlier.get());
        }
        Optional<Duration> wait = limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(wait.get().toSeconds()))
                    .contentType(ApiProblems.PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-reports",
                            Problem.of("report.problem.tooMany", wait.get().toSeconds()), request));
        }
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        Submission submission = body.submission();
        return created(once.submit(idempotencyKey, SUBMIT, () -> submissions.submit(submission)));
    }

    private static ResponseEntity<SubmittedResponse> created(String code) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").buildAndExpand(code).toUri();
        return ResponseEntity.created(location).body(new SubmittedResponse(code));
    }

    @GetMapping("/{trackingCode}")
    @Operation(operationId = "trackReport", summary = "De stand van een melding, met de volgcode")
    TrackedResponse track(@PathVariable String trackingCode) {
        return tracking.track(trackingCode).map(TrackedResponse::from)
                .orElseThrow(() -> Refused.notFound(Problem.of("report.problem.trackingCode.unknown", trackingCode)));
    }
}
