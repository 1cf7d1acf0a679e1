package nl.thuisbasis.outflow.offer;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.tenancy.TenancyReading;
import nl.thuisbasis.outflow.tenancy.TenancyResponse;
import nl.thuisbasis.platform.ApiController;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Offers: made by the corporation to the adopted candidate, answered by the candidate's provider. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: koppelen en aanbieden", description = "Matching (het systeem stelt voor, mensen beslissen), aanbiedingen en huurzorgovereenkomsten")
class OfferApiController {

    private final Offers offers;
    private final OfferReading reading;
    private final TenancyReading tenancies;

    OfferApiController(Offers offers, OfferReading reading, TenancyReading tenancies) {
        this.offers = offers;
        this.reading = reading;
        this.tenancies = tenancies;
    }

    record OfferRequest(
            @Schema(requiredMode = REQUIRED) UUID vacancyId,
            @Schema(requiredMode = REQUIRED) LocalDate offeredOn) {
    }

    record AcceptanceRequest(
            @Schema(requiredMode = REQUIRED) LocalDate startsOn,
            Integer months) {
    }

    record DeclineRequest(
            @Schema(requiredMode = REQUIRED, implementation = Offers.DeclineReason.class) String reason,
            String note) {
    }

    record OfferNoteRequest(
            @Schema(requiredMode = REQUIRED) String note) {
    }

    @GetMapping("/offers")
    @Operation(operationId = "listOffers", summary = "Aanbiedingen die u mag zien (stalled=true: zonder antwoord na de termijn)")
    PagedList<OfferResponse> list(@RequestParam(defaultValue = "false") boolean stalled, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Slice<Offers.OfferView> slice = reading.page(OutflowAccess.login(user), stalled, paging.offset(), paging.pageSize()).slice();
        return new Slice<>(slice.items().stream().map(OfferResponse::from).toList(), slice.total()).paged(paging, request);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/offers")
    @Operation(operationId = "makeOffer", summary = "De woning aanbieden aan de overgenomen kandidaat (corporatie)")
    ResponseEntity<OfferResponse> make(@RequestBody OfferRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.vacancyId() == null) {
            throw OutflowRefusals.refused(Problem.at("vacancyId", "out.problem.offer.vacancyId"));
        }
        UUID id = offers.make(OutflowAccess.login(user), body.vacancyId(), body.offeredOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(OfferResponse.from(reading.get(user, id).orElseThrow()));
    }

    @GetMapping("/offers/{id}")
    @Operation(operationId = "getOffer", summary = "Eén aanbieding")
    OfferResponse get(@PathVariable OfferId id, @AuthenticationPrincipal CurrentUser user) {
        return OfferResponse.from(reading.get(OutflowAccess.login(user), id.value()).orElseThrow(Refused::notFound));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/offers/{id}/acceptance")
    @Operation(operationId = "acceptOffer", summary = "De aanbieding aanvaarden (zorgaanbieder van de kandidaat); de huurzorgovereenkomst begint")
    ResponseEntity<TenancyResponse> accept(@PathVariable OfferId id, @RequestBody AcceptanceRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        UUID tenancy = offers.accept(OutflowAccess.login(user), id.value(), body == null ? null : body.startsOn(),
                body == null ? null : body.months());
        return ResponseEntity.status(HttpStatus.CREATED).body(TenancyResponse.from(tenancies.get(user, tenancy).orElseThrow()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/offers/{id}/decline")
    @Operation(operationId = "declineOffer", summary = "De aanbieding weigeren met een reden (zorgaanbieder); de kandidaat gaat terug in de pool")
    ResponseEntity<OfferResponse> decline(@PathVariable OfferId id, @RequestBody DeclineRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        List<Problem> problems = new ArrayList<>();
        Offers.DeclineReason reason = OutflowRefusals.code(Offers.DeclineReason.class, body == null ? null : body.reason(),
                "reason", "out.problem.offer.decline.unknown", problems);
        OutflowRefusals.unless(problems);
        offers.decline(OutflowAccess.login(user), id.value(), reason, body == null ? null : body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(OfferResponse.from(reading.get(user, id.value()).orElseThrow()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/offers/{id}/withdrawal")
    @Operation(operationId = "withdrawOffer", summary = "Een aanbieding zonder antwoord intrekken (corporatie)")
    ResponseEntity<OfferResponse> withdraw(@PathVariable OfferId id, @RequestBody OfferNoteRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        offers.withdraw(OutflowAccess.login(user), id.value(), body == null ? null : body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(OfferResponse.from(reading.get(user, id.value()).orElseThrow()));
    }
}
