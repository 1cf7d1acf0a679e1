package nl.thuisbasis.outflow.signal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.Euros;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.EarlySignals;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Early signals and eviction prevention (decision 0018): record, list, read, steps, outcome, the overview of counts. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: vroegsignalering", description = "Signalen over huishoudens die via uitstroom gehuisvest zijn: "
        + "huurachterstand, overlast, gemiste afspraken, energie- of waterachterstand, zorgmijding; stappen en uitkomst")
class SignalApiController {

    private final EarlySignalRegister register;
    private final SignalReading reading;
    private final OnceOnly once;
    private final Messages messages;

    SignalApiController(EarlySignalRegister register, SignalReading reading, OnceOnly once, Messages messages) {
        this.register = register;
        this.reading = reading;
        this.once = once;
        this.messages = messages;
    }

    @GetMapping("/signals")
    @Operation(operationId = "listSignals", summary = "Signalen die u mag zien: open eerst (vroegste termijn eerst)",
            description = "Filters: type, status (OPEN of CLOSED), age (alleen open signalen: UNDER_A_WEEK, ONE_TO_FOUR_WEEKS, "
                    + "ONE_TO_THREE_MONTHS, OVER_THREE_MONTHS). Het totaal telt alleen signalen die u mag zien.")
    PagedList<SignalResponse> list(@RequestParam(required = false) @Schema(implementation = EarlySignals.Type.class) String type,
            @RequestParam(required = false) @Schema(allowableValues = {"OPEN", "CLOSED"}) String status,
            @RequestParam(required = false) @Schema(implementation = EarlySignals.Age.class) String age,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        List<Problem> problems = new ArrayList<>();
        EarlySignals.Type t = OutflowRefusals.code(EarlySignals.Type.class, type, "type", "out.problem.signal.type.unknown", problems);
        EarlySignals.Age a = OutflowRefusals.code(EarlySignals.Age.class, age, "age", "out.problem.signal.age.unknown", problems);
        Boolean open = null;
        if (status != null && !status.isBlank()) {
            switch (status.trim().toUpperCase(java.util.Locale.ROOT)) {
                case "OPEN" -> open = true;
                case "CLOSED" -> open = false;
                default -> problems.add(Problem.at("status", "out.problem.signal.status.unknown", status));
            }
        }
        OutflowRefusals.unless(problems);
        Slice<SignalViews.SignalView> slice = reading.page(OutflowAccess.login(user), new SignalReading.Query(t, open, a),
                paging.offset(), paging.pageSize());
        return new Slice<>(slice.items().stream().map(s -> SignalResponse.from(s, messages)).toList(), slice.total())
                .paged(paging, request);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/signals")
    @Operation(operationId = "recordSignal", summary = "Een signaal vastleggen (corporatie voor haar huurders, gemeente voor "
            + "haar inwoners die via uitstroom gehuisvest zijn)")
    ResponseEntity<SignalResponse> record(@RequestBody SignalRequest.SignalRecordRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) legt het signaal niet nog eens vast.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        CurrentUser u = OutflowAccess.login(user);
        List<Problem> problems = new ArrayList<>();
        EarlySignals.Type type = OutflowRefusals.code(EarlySignals.Type.class, body.type(), "type", "out.problem.signal.type.unknown",
                problems);
        Integer cents = cents(body.arrearsAmount(), problems);
        EarlySignalRegister.Draft draft = new EarlySignalRegister.Draft(body.tenancyId(), type, body.arrearsMonths(), cents,
                body.receivedOn(), body.note());
        if (!problems.isEmpty()) {
            problems.addAll(register.problems(u, draft).stream().filter(p -> !"type".equals(p.field())
                    && !"arrearsAmount".equals(p.field())).toList());
            OutflowRefusals.unless(problems);
        }
        UUID id = UUID.fromString(once.submit(key, "outflow.signal.record.api", () -> register.record(u, draft).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(SignalResponse.from(reading.get(u, id).orElseThrow(), messages));
    }

    private static Integer cents(BigDecimal amount, List<Problem> problems) {
        if (amount == null) {
            return null;
        }
        try {
            return Euros.of(amount).cents();
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at("arrearsAmount", "out.problem.signal.amountRange"));
            return null;
        }
    }

    @GetMapping("/signals/households")
    @Operation(operationId = "listSignalHouseholds", summary = "De huishoudens waarover u een signaal mag vastleggen",
            description = "Corporatie: haar huurders die via uitstroom gehuisvest zijn; gemeente: die huishoudens in de gemeente.")
    List<SignalResponse.SignalHousehold> households(@AuthenticationPrincipal CurrentUser user) {
        return reading.households(OutflowAccess.login(user)).stream().map(SignalResponse.SignalHousehold::from).toList();
    }

    @GetMapping("/signals/overview")
    @Operation(operationId = "getSignalOverview", summary = "Open signalen naar leeftijd en type: alleen aantallen",
            description = "Elk aantal telt alleen signalen die u mag zien; records geeft de lijst met precies die signalen.")
    SignalResponse.SignalOverview overview(@AuthenticationPrincipal CurrentUser user) {
        return SignalResponse.SignalOverview.from(reading.overview(OutflowAccess.login(user)), messages);
    }

    @GetMapping("/signals/{id}")
    @Operation(operationId = "getSignal", summary = "Eén signaal met zijn stappen en uitkomst")
    SignalResponse get(@PathVariable SignalId id, @AuthenticationPrincipal CurrentUser user) {
        return SignalResponse.from(reading.get(OutflowAccess.login(user), id.value()).orElseThrow(Refused::notFound), messages);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/signals/{id}/steps")
    @Operation(operationId = "recordSignalStep", summary = "Een stap vastleggen (corporatie, zorgaanbieder of gemeente van het "
            + "huishouden; alleen op een open signaal)")
    ResponseEntity<SignalResponse> step(@PathVariable SignalId id, @RequestBody SignalRequest.SignalStepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        List<Problem> problems = new ArrayList<>();
        EarlySignals.StepKind kind = OutflowRefusals.code(EarlySignals.StepKind.class, body.kind(), "kind",
                "out.problem.signal.step.unknown", problems);
        OutflowRefusals.unless(problems);
        register.addStep(u, id.value(), body.version(), kind, body.takenOn(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(SignalResponse.from(reading.get(u, id.value()).orElseThrow(), messages));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/signals/{id}/outcome")
    @Operation(operationId = "closeSignal", summary = "De uitkomst vastleggen; die sluit het signaal (opgelost, uitzetting "
            + "voorkomen, uitgezet, verhuisd)")
    ResponseEntity<SignalResponse> outcome(@PathVariable SignalId id, @RequestBody SignalRequest.SignalOutcomeRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        List<Problem> problems = new ArrayList<>();
        EarlySignals.Outcome outcome = OutflowRefusals.code(EarlySignals.Outcome.class, body.outcome(), "outcome",
                "out.problem.signal.outcome.unknown", problems);
        OutflowRefusals.unless(problems);
        register.close(u, id.value(), body.version(), outcome, body.decidedOn(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(SignalResponse.from(reading.get(u, id.value()).orElseThrow(), messages));
    }
}
