package nl.thuisbasis.outflow.matching;

import nl.thuisbasis.platform.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.outflow.vacancy.Vacancies;
import nl.thuisbasis.outflow.vacancy.VacancyId;
import nl.thuisbasis.outflow.vacancy.VacancyResponse;
import nl.thuisbasis.platform.ApiController;
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

/** Matching rounds and the proposals corporations adopt from them (and let go of). */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: koppelen en aanbieden", description = "Matching (het systeem stelt voor, mensen beslissen), aanbiedingen en huurzorgovereenkomsten")
class MatchingApiController {

    private final Matching matching;
    private final Vacancies vacancies;
    private final OutflowSettings settings;
    private final Messages messages;

    MatchingApiController(Matching matching, Vacancies vacancies, OutflowSettings settings, Messages messages) {
        this.messages = messages;
        this.matching = matching;
        this.vacancies = vacancies;
        this.settings = settings;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/matching-runs")
    @Operation(operationId = "runMatching", summary = "Een matchingronde draaien voor een regio",
            description = "Harde regels, dan: zo veel mogelijk mensen gehuisvest, de langst wachtenden eerst, de beste passing. "
                    + "Het antwoord toont wat u mag zien: corporaties hun woningen met het voorstel, zorgaanbieders en gemeenten hun "
                    + "kandidaten, iedereen de totalen.")
    ResponseEntity<RunResponse> run(@RequestBody(required = false) RunRequest body, @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        String region = body == null || body.region() == null ? settings.regionFor(u).code() : settings.region(body.region()).code();
        return ResponseEntity.status(HttpStatus.CREATED).body(RunResponse.from(matching.run(u, region), messages));
    }

    @GetMapping("/matching-runs/latest")
    @Operation(operationId = "latestMatchingRun", summary = "De laatste matchingronde van een regio")
    RunResponse latest(@RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = OutflowAccess.login(user);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return RunResponse.from(matching.latest(u, code).orElseThrow(Refused::notFound), messages);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/proposals")
    @Operation(operationId = "adoptProposal", summary = "Een voorstel overnemen voor een eigen woning (corporatie)",
            description = "Het voorstel van de ronde, of een andere plaats op de lijst van de woning met een reden. De andere "
                    + "kandidaten op de lijst staan er zonder id: de corporatie kiest een plaats en ziet daarna de minimale "
                    + "gegevens van die kandidaat.")
    ResponseEntity<ProposalResponse> adopt(@RequestBody ProposalRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.matchingRunId() == null || body.vacancyId() == null || body.place() == null) {
            throw Refused.invalid(Matching.REFUSED, Problem.of("out.problem.matching.proposal.missing"));
        }
        Matching.Adopted adopted = matching.adopt(OutflowAccess.login(user), body.matchingRunId(), body.vacancyId(),
                body.place(), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ProposalResponse(adopted.proposalId(), body.vacancyId(), adopted.candidateId(), adopted.place()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/vacancies/{id}/proposal-releases")
    @Operation(operationId = "releaseProposal", summary = "Een overgenomen voorstel loslaten (corporatie); de kandidaat gaat terug in de pool")
    ResponseEntity<VacancyResponse> release(@PathVariable VacancyId id, @RequestBody ReleaseRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        matching.release(OutflowAccess.login(user), id.value(), body == null ? null : body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(VacancyResponse.from(vacancies.get(user, id.value()).orElseThrow()));
    }
}
