package nl.thuisbasis.outflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Matching rounds, adopted proposals, offers and tenancy-with-care agreements. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: koppelen en aanbieden", description = "Matching (het systeem stelt voor, mensen beslissen), aanbiedingen en huurzorgovereenkomsten")
class OfferApiController {

    private final Matching matching;
    private final Offers offers;
    private final Tenancies tenancies;
    private final OutflowSettings settings;

    OfferApiController(Matching matching, Offers offers, Tenancies tenancies, OutflowSettings settings) {
        this.matching = matching;
        this.offers = offers;
        this.tenancies = tenancies;
        this.settings = settings;
    }

    record RunBody(String region) {
    }

    /** {@code place}: the place on the vacancy's list in that round (1 is the top; the proposal has {@code proposedHere}). */
    record ProposalBody(UUID matchingRunId, UUID vacancyId, Integer place, String reason) {
    }

    record ProposalResponse(UUID id, UUID vacancyId, UUID candidateId, int place) {
    }

    record OfferBody(UUID vacancyId, LocalDate offeredOn) {
    }

    record AcceptanceBody(LocalDate startsOn, Integer months) {
    }

    record DeclineBody(String reason, String note) {
    }

    record NoteBody(String note) {
    }

    record EvaluationBody(Integer month, LocalDate heldOn, String summary) {
    }

    record OutcomeBody(String outcome, String endReason, LocalDate decidedOn, String note, Integer extendMonths) {
    }

    @PostMapping("/matching-runs")
    @Operation(operationId = "runMatching", summary = "Een matchingronde draaien voor een regio",
            description = "Harde regels, dan: zo veel mogelijk mensen gehuisvest, de langst wachtenden eerst, de beste passing. "
                    + "Het antwoord toont wat u mag zien: corporaties hun woningen met het voorstel, zorgaanbieders en gemeenten hun "
                    + "kandidaten, iedereen de totalen.")
    ResponseEntity<Matching.RunView> run(@RequestBody(required = false) RunBody body, @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = CandidateApiController.login(user);
        String region = body == null || body.region() == null ? settings.regionFor(u).code() : settings.region(body.region()).code();
        return ResponseEntity.status(HttpStatus.CREATED).body(matching.run(u, region));
    }

    @GetMapping("/matching-runs/latest")
    @Operation(operationId = "latestMatchingRun", summary = "De laatste matchingronde van een regio")
    Matching.RunView latest(@RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = CandidateApiController.login(user);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return matching.latest(u, code).orElseThrow(OutflowRefused.NotFound::new);
    }

    @PostMapping("/proposals")
    @Operation(operationId = "adoptProposal", summary = "Een voorstel overnemen voor een eigen woning (corporatie)",
            description = "Het voorstel van de ronde, of een andere plaats op de lijst van de woning met een reden. De andere "
                    + "kandidaten op de lijst staan er zonder id: de corporatie kiest een plaats en ziet daarna de minimale "
                    + "gegevens van die kandidaat.")
    ResponseEntity<ProposalResponse> adopt(@RequestBody ProposalBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.matchingRunId() == null || body.vacancyId() == null || body.place() == null) {
            throw new OutflowRefused("Geef matchingRunId, vacancyId en place (de plaats op de lijst van de woning).");
        }
        Matching.Adopted adopted = matching.adopt(CandidateApiController.login(user), body.matchingRunId(), body.vacancyId(),
                body.place(), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ProposalResponse(adopted.proposalId(), body.vacancyId(), adopted.candidateId(), adopted.place()));
    }

    @GetMapping("/offers")
    @Operation(operationId = "listOffers", summary = "Aanbiedingen die u mag zien (stalled=true: zonder antwoord na de termijn)")
    PagedList<Offers.OfferView> list(@RequestParam(defaultValue = "false") boolean stalled, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize, @AuthenticationPrincipal CurrentUser user,
            jakarta.servlet.http.HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Candidates.Slice<Offers.OfferView> slice = offers.page(CandidateApiController.login(user), stalled, paging.offset(),
                paging.pageSize());
        return PagedList.of(slice.items(), paging, slice.total(), CandidateApiController.self(request));
    }

    @PostMapping("/offers")
    @Operation(operationId = "makeOffer", summary = "De woning aanbieden aan de overgenomen kandidaat (corporatie)")
    ResponseEntity<Offers.OfferView> make(@RequestBody OfferBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.vacancyId() == null) {
            throw new OutflowRefused("Geef vacancyId.");
        }
        UUID id = offers.make(CandidateApiController.login(user), body.vacancyId(), body.offeredOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(offers.get(user, id).orElseThrow());
    }

    @GetMapping("/offers/{id}")
    @Operation(operationId = "getOffer", summary = "Eén aanbieding")
    Offers.OfferView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return offers.get(CandidateApiController.login(user), CandidateApiController.uuid(id)).orElseThrow(OutflowRefused.NotFound::new);
    }

    @PostMapping("/offers/{id}/acceptance")
    @Operation(operationId = "acceptOffer", summary = "De aanbieding aanvaarden (zorgaanbieder van de kandidaat); de huurzorgovereenkomst begint")
    ResponseEntity<Tenancies.TenancyView> accept(@PathVariable String id, @RequestBody AcceptanceBody body,
            @AuthenticationPrincipal CurrentUser user) {
        UUID tenancy = offers.accept(CandidateApiController.login(user), CandidateApiController.uuid(id),
                body == null ? null : body.startsOn(), body == null ? null : body.months());
        return ResponseEntity.status(HttpStatus.CREATED).body(tenancies.get(user, tenancy).orElseThrow());
    }

    @PostMapping("/offers/{id}/decline")
    @Operation(operationId = "declineOffer", summary = "De aanbieding weigeren met een reden (zorgaanbieder); de kandidaat gaat terug in de pool")
    ResponseEntity<Offers.OfferView> decline(@PathVariable String id, @RequestBody DeclineBody body, @AuthenticationPrincipal CurrentUser user) {
        List<String> problems = new ArrayList<>();
        Offers.DeclineReason reason = OutflowParsing.parse(Offers.DeclineReason.class, body == null ? null : body.reason(),
                "Onbekende reden: " + (body == null ? null : body.reason()) + ".", problems);
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        UUID offer = CandidateApiController.uuid(id);
        offers.decline(CandidateApiController.login(user), offer, reason, body == null ? null : body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(offers.get(user, offer).orElseThrow());
    }

    @PostMapping("/offers/{id}/withdrawal")
    @Operation(operationId = "withdrawOffer", summary = "Een aanbieding zonder antwoord intrekken (corporatie)")
    ResponseEntity<Offers.OfferView> withdraw(@PathVariable String id, @RequestBody NoteBody body, @AuthenticationPrincipal CurrentUser user) {
        UUID offer = CandidateApiController.uuid(id);
        offers.withdraw(CandidateApiController.login(user), offer, body == null ? null : body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(offers.get(user, offer).orElseThrow());
    }

    @GetMapping("/tenancies")
    @Operation(operationId = "listTenancies", summary = "Huurzorgovereenkomsten die u mag zien")
    PagedList<Tenancies.TenancyView> tenancies(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Candidates.Slice<Tenancies.TenancyView> slice = tenancies.page(CandidateApiController.login(user), paging.offset(), paging.pageSize());
        return PagedList.of(slice.items(), paging, slice.total(), CandidateApiController.self(request));
    }

    @GetMapping("/tenancies/{id}")
    @Operation(operationId = "getTenancy", summary = "Eén huurzorgovereenkomst met evaluaties en uitkomst")
    Tenancies.TenancyView tenancy(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return tenancies.get(CandidateApiController.login(user), CandidateApiController.uuid(id)).orElseThrow(OutflowRefused.NotFound::new);
    }

    @PostMapping("/tenancies/{id}/evaluations")
    @Operation(operationId = "recordEvaluation", summary = "Een evaluatie vastleggen (zorgaanbieder of corporatie van de overeenkomst)")
    ResponseEntity<Tenancies.TenancyView> evaluate(@PathVariable String id, @RequestBody EvaluationBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tenancies.recordEvaluation(CandidateApiController.login(user),
                CandidateApiController.uuid(id), body == null ? null : body.month(), body == null ? null : body.heldOn(),
                body == null ? null : body.summary()));
    }

    @PostMapping("/tenancies/{id}/outcomes")
    @Operation(operationId = "recordOutcome", summary = "De uitkomst vastleggen: regulier huurcontract, verlenging of beëindiging")
    ResponseEntity<Tenancies.TenancyView> outcome(@PathVariable String id, @RequestBody OutcomeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        List<String> problems = new ArrayList<>();
        Tenancies.Outcome outcome = OutflowParsing.parse(Tenancies.Outcome.class, body == null ? null : body.outcome(),
                "Onbekende uitkomst.", problems);
        Tenancies.EndReason reason = OutflowParsing.parse(Tenancies.EndReason.class, body == null ? null : body.endReason(),
                "Onbekende reden van beëindiging.", problems);
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(tenancies.recordOutcome(CandidateApiController.login(user),
                CandidateApiController.uuid(id), outcome, reason, body == null ? null : body.decidedOn(),
                body == null ? null : body.note(), body == null ? null : body.extendMonths()));
    }
}
