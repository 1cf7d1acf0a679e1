package nl.thuisbasis.outflow.vacancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.common.Sentences;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Vacancies offered to the contingent, and the quarterly totals of vacancies that are the base of the cap. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: woningen", description = "Vrijkomende woningen voor het contingent en het plafond per corporatie")
class VacancyApiController {

    private final Vacancies vacancies;
    private final OutflowSettings settings;

    VacancyApiController(Vacancies vacancies, OutflowSettings settings) {
        this.vacancies = vacancies;
        this.settings = settings;
    }

    /** Rent in euros per month (e.g. 712.50). */
    record VacancyBody(String address, String postcode, String neighbourhood, Integer bedrooms, BigDecimal rent, Integer floor,
            Boolean lift, Boolean wheelchair, LocalDate availableFrom, Integer version) {

        Vacancies.Draft draft() {
            Integer cents = null;
            if (rent != null) {
                try {
                    cents = rent.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
                } catch (ArithmeticException e) {
                    throw Sentences.refused("De huur is een bedrag in euro's, bijvoorbeeld 712.50.");
                }
            }
            return new Vacancies.Draft(address, postcode, neighbourhood, bedrooms, cents, floor, Boolean.TRUE.equals(lift),
                    Boolean.TRUE.equals(wheelchair), availableFrom);
        }
    }

    record ReasonBody(String reason) {
    }

    record TotalBody(Integer total) {
    }

    @GetMapping("/vacancies")
    @Operation(operationId = "listVacancies", summary = "Woningen voor het contingent",
            description = "Corporatie: eigen woningen; gemeente: in haar gebied; regio en beheer: de hele regio.")
    PagedList<Vacancies.VacancyView> list(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        List<String> problems = new ArrayList<>();
        Vacancies.Status s = OutflowParsing.parse(Vacancies.Status.class, status, "Onbekende status: " + status + ".", problems);
        Sentences.unless(problems);
        CurrentUser u = OutflowAccess.login(user);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return vacancies.list(u, code, s, paging.offset(), paging.pageSize()).paged(paging, request);
    }

    @PostMapping("/vacancies")
    @Operation(operationId = "offerVacancy", summary = "Een vrijkomende woning aan het contingent bieden (corporatie)")
    ResponseEntity<Vacancies.VacancyView> offer(@RequestBody VacancyBody body, @AuthenticationPrincipal CurrentUser user) {
        UUID id = vacancies.offer(OutflowAccess.login(user), body.draft());
        return ResponseEntity.status(HttpStatus.CREATED).body(vacancies.get(user, id).orElseThrow());
    }

    @GetMapping("/vacancies/{id}")
    @Operation(operationId = "getVacancy", summary = "Eén woning")
    Vacancies.VacancyView get(@PathVariable VacancyId id, @AuthenticationPrincipal CurrentUser user) {
        return vacancies.get(OutflowAccess.login(user), id.value()).orElseThrow(Refused::notFound);
    }

    @PutMapping("/vacancies/{id}")
    @Operation(operationId = "updateVacancy", summary = "Een open woning corrigeren (corporatie, met de versie die u zag)")
    Vacancies.VacancyView update(@PathVariable VacancyId id, @RequestBody VacancyBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body.version() == null) {
            throw Sentences.refused("Geef de versie die u het laatst zag (version).");
        }
        return vacancies.update(OutflowAccess.login(user), id.value(), body.version(), body.draft());
    }

    @PostMapping("/vacancies/{id}/withdrawal")
    @Operation(operationId = "withdrawVacancy", summary = "Een woning terugtrekken (corporatie); een overgenomen voorstel vervalt")
    ResponseEntity<Vacancies.VacancyView> withdraw(@PathVariable VacancyId id, @RequestBody ReasonBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(vacancies.withdraw(OutflowAccess.login(user), id.value(),
                body == null ? null : body.reason()));
    }

    @PutMapping("/vacancy-totals/{year}/{quarter}")
    @Operation(operationId = "reportVacancyTotal", summary = "Het totaal aantal vrijgekomen woningen in een kwartaal melden (corporatie)",
            description = "De basis van het plafond: hoogstens het percentage van de regio (standaard 25%) gaat naar uitstroom.")
    List<Vacancies.Total> total(@PathVariable int year, @PathVariable int quarter, @RequestBody TotalBody body,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        vacancies.reportTotal(u, year, quarter, body == null ? null : body.total());
        return vacancies.totals(u.organisation().code(), year);
    }
}
