package nl.thuisbasis.outflow.vacancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Vacancies offered to the contingent, and the quarterly totals of vacancies that are the base of the cap. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: woningen", description = "Vrijkomende woningen voor het contingent en het plafond per corporatie")
class VacancyApiController {

    private final Vacancies vacancies;
    private final OutflowSettings settings;

    private final OnceOnly once;

    VacancyApiController(Vacancies vacancies, OutflowSettings settings, OnceOnly once) {
        this.once = once;
        this.vacancies = vacancies;
        this.settings = settings;
    }

    @GetMapping("/vacancies")
    @Operation(operationId = "listVacancies", summary = "Woningen voor het contingent",
            description = "Corporatie: eigen woningen; gemeente: in haar gebied; regio en beheer: de hele regio.")
    PagedList<VacancyResponse> list(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Vacancies.Status s = status(status);
        CurrentUser u = OutflowAccess.login(user);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        Slice<Vacancies.VacancyView> slice = vacancies.list(u, code, s, paging.offset(), paging.pageSize());
        return new Slice<>(slice.items().stream().map(VacancyResponse::from).toList(), slice.total()).paged(paging, request);
    }

    /** The status asked for (any case, - for _), or none; one that does not exist is refused. */
    private static Vacancies.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Vacancies.Status.valueOf(status.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid(Vacancies.REFUSED, Problem.at("status", "out.problem.vacancy.status.unknown", status));
        }
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/vacancies")
    @Operation(operationId = "offerVacancy", summary = "Een vrijkomende woning aan het contingent bieden (corporatie)")
    ResponseEntity<VacancyResponse> offer(@RequestBody VacancyRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) legt de woning niet nog eens vast.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = UUID.fromString(once.submit(key, "outflow.vacancy.offer.api",
                () -> vacancies.offer(OutflowAccess.login(user), body.draft()).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(VacancyResponse.from(vacancies.get(user, id).orElseThrow()));
    }

    @GetMapping("/vacancies/{id}")
    @Operation(operationId = "getVacancy", summary = "Eén woning")
    VacancyResponse get(@PathVariable VacancyId id, @AuthenticationPrincipal CurrentUser user) {
        return VacancyResponse.from(vacancies.get(OutflowAccess.login(user), id.value()).orElseThrow(Refused::notFound));
    }

    @PutMapping("/vacancies/{id}")
    @Operation(operationId = "updateVacancy", summary = "Een open woning corrigeren (corporatie, met de versie die u zag)")
    VacancyResponse update(@PathVariable VacancyId id, @RequestBody VacancyRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body.version() == null) {
            throw Refused.invalid(Vacancies.REFUSED, Problem.at("version", "out.problem.vacancy.version.api"));
        }
        return VacancyResponse.from(vacancies.update(OutflowAccess.login(user), id.value(), body.version(), body.draft()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/vacancies/{id}/withdrawal")
    @Operation(operationId = "withdrawVacancy", summary = "Een woning terugtrekken (corporatie); een overgenomen voorstel vervalt")
    ResponseEntity<VacancyResponse> withdraw(@PathVariable VacancyId id, @RequestBody WithdrawalRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(VacancyResponse.from(vacancies.withdraw(OutflowAccess.login(user),
                id.value(), body == null ? null : body.reason())));
    }

    @PutMapping("/vacancy-totals/{year}/{quarter}")
    @Operation(operationId = "reportVacancyTotal", summary = "Het totaal aantal vrijgekomen woningen in een kwartaal melden (corporatie)",
            description = "De basis van het plafond: hoogstens het percentage van de regio (standaard 25%) gaat naar uitstroom.")
    List<VacancyTotalResponse> total(@PathVariable int year, @PathVariable int quarter, @RequestBody VacancyTotalRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        vacancies.reportTotal(u, year, quarter, body == null ? null : body.total());
        return vacancies.totals(u.organisation().code(), year).stream().map(VacancyTotalResponse::from).toList();
    }
}
