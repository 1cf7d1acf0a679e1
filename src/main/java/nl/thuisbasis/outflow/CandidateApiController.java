package nl.thuisbasis.outflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Candidates of the priority scheme. Providers register and keep them, the deciding municipality grants urgency and
 * records exceptions; a corporation reads the minimal fields of candidates proposed, offered or housed for its
 * vacancies. Region coordinators and administrators get 403: they see the monitor's aggregates.
 */
@ApiController
@RequestMapping("/api/v1/outflow/candidates")
@Tag(name = "Uitstroom: kandidaten", description = "Kandidaten van de voorrangsregeling (bijzondere persoonsgegevens: elke inzage wordt gelogd)")
class CandidateApiController {

    private final Candidates candidates;

    CandidateApiController(Candidates candidates) {
        this.candidates = candidates;
    }

    record ExclusionBody(String neighbourhood, String reason) {
    }

    /** A candidate as the API takes it; codes as in the OpenAPI document. */
    record CandidateBody(String reference, String decidingMunicipality, Integer adults, Integer children, String ageBand,
            String incomeBand, Boolean needsGroundFloor, Boolean needsLift, Boolean needsWheelchair, Integer bedroomsNeeded,
            List<String> municipalities, List<ExclusionBody> exclusions, String originMunicipality, String supportProvider,
            String supportIntensity, String targetHousing, String category, Integer regionalTiesYears,
            Boolean hadOwnDwelling, LocalDate consentOn, Integer version) {

        Candidates.Draft draft() {
            List<String> problems = new ArrayList<>();
            AgeBand age = OutflowParsing.parse(AgeBand.class, ageBand, "Onbekende leeftijdscategorie: " + ageBand + ".", problems);
            IncomeBand income = OutflowParsing.parse(IncomeBand.class, incomeBand, "Onbekende inkomenscategorie: " + incomeBand + ".", problems);
            SupportIntensity intensity = OutflowParsing.parse(SupportIntensity.class, supportIntensity,
                    "Onbekende intensiteit: " + supportIntensity + ".", problems);
            TargetHousing housing = OutflowParsing.parse(TargetHousing.class, targetHousing, "Onbekende woonvorm: " + targetHousing + ".", problems);
            List<CandidateView.Exclusion> excluded = new ArrayList<>();
            for (ExclusionBody e : exclusions == null ? List.<ExclusionBody>of() : exclusions) {
                excluded.add(new CandidateView.Exclusion(e == null ? null : e.neighbourhood(), null,
                        e == null ? null : OutflowParsing.parse(ExclusionReason.class, e.reason(),
                                "Onbekende reden van uitsluiting: " + e.reason() + ".", problems)));
            }
            if (!problems.isEmpty()) {
                throw new OutflowRefused(problems);
            }
            return new Candidates.Draft(reference, decidingMunicipality, adults, children, age, income,
                    Boolean.TRUE.equals(needsGroundFloor), Boolean.TRUE.equals(needsLift), Boolean.TRUE.equals(needsWheelchair),
                    bedroomsNeeded, municipalities == null ? List.of() : municipalities, excluded, originMunicipality,
                    supportProvider, intensity, housing, category, regionalTiesYears, Boolean.TRUE.equals(hadOwnDwelling),
                    consentOn);
        }
    }

    record UrgencyBody(LocalDate grantedOn, String decision) {
    }

    record ReadinessBody(LocalDate readyOn, String confirmedBy) {
    }

    record ExceptionBody(UUID ruleId, String reason, LocalDate decidedOn) {
    }

    record ReasonBody(String reason) {
    }

    @GetMapping
    @Operation(operationId = "listCandidates", summary = "De kandidaten die u mag zien",
            description = "Zorgaanbieder: eigen aanmeldingen; gemeente: waarover zij beslist; corporatie: minimale gegevens van "
                    + "kandidaten die voor haar woningen zijn voorgesteld, aangeboden of gehuisvest. Elke getoonde kandidaat komt in het verwerkingenlogboek.")
    PagedList<CandidateView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        List<String> problems = new ArrayList<>();
        CandidateStatus s = OutflowParsing.parse(CandidateStatus.class, status, "Onbekende status: " + status + ".", problems);
        if (!problems.isEmpty()) {
            throw new OutflowRefused(problems);
        }
        Candidates.Slice<CandidateView> slice = candidates.list(login(user), new Candidates.Filter(s, municipality),
                paging.offset(), paging.pageSize());
        return PagedList.of(slice.items(), paging, slice.total(), self(request));
    }

    static org.springframework.web.util.UriComponentsBuilder self(jakarta.servlet.http.HttpServletRequest request) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString());
    }

    @PostMapping
    @Operation(operationId = "registerCandidate", summary = "Een cliënt aanmelden voor de voorrangsregeling (zorgaanbieder)")
    ResponseEntity<CandidateView> register(@RequestBody CandidateBody body, @AuthenticationPrincipal CurrentUser user) {
        UUID id = candidates.register(login(user), body.draft());
        return ResponseEntity.status(HttpStatus.CREATED).body(candidates.get(user, id).orElseThrow());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCandidate", summary = "Eén kandidaat, zoveel als u mag zien")
    CandidateView get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return candidates.get(login(user), uuid(id)).orElseThrow(OutflowRefused.NotFound::new);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateCandidate", summary = "Gegevens van een kandidaat corrigeren (zorgaanbieder, met de versie die u zag)")
    CandidateView update(@PathVariable String id, @RequestBody CandidateBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body.version() == null) {
            throw new OutflowRefused("Geef de versie die u het laatst zag (version).");
        }
        return candidates.update(login(user), uuid(id), body.version(), body.draft());
    }

    @PostMapping("/{id}/urgency-decisions")
    @Operation(operationId = "grantUrgency", summary = "Urgentie verlenen (de beslissende gemeente)",
            description = "Kan alleen als de kandidaat aan elke regel van de regio voldoet of er een uitzondering is vastgelegd.")
    ResponseEntity<CandidateView> grant(@PathVariable String id, @RequestBody UrgencyBody body, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(candidates.grantUrgency(login(user), uuid(id), body.grantedOn(), body.decision()));
    }

    @PostMapping("/{id}/readiness")
    @Operation(operationId = "confirmReadiness", summary = "Woonklaar: vastleggen wanneer en door wie (zorgaanbieder)")
    ResponseEntity<CandidateView> ready(@PathVariable String id, @RequestBody ReadinessBody body, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(candidates.confirmReadiness(login(user), uuid(id), body.readyOn(), body.confirmedBy()));
    }

    @PostMapping("/{id}/exceptions")
    @Operation(operationId = "recordException", summary = "Een uitzondering op een regel van de regio vastleggen (de beslissende gemeente)")
    ResponseEntity<CandidateView> exception(@PathVariable String id, @RequestBody ExceptionBody body, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(candidates.recordException(login(user), uuid(id), body.ruleId(),
                body.reason(), body.decidedOn()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawCandidate", summary = "Een kandidaat terugtrekken (zorgaanbieder of beslissende gemeente)")
    ResponseEntity<CandidateView> withdraw(@PathVariable String id, @RequestBody ReasonBody body, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(candidates.withdraw(login(user), uuid(id), body == null ? null : body.reason()));
    }

    static CurrentUser login(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }

    static UUID uuid(String id) {
        UUID uuid = OutflowParsing.uuid(id);
        if (uuid == null) {
            throw new OutflowRefused.NotFound();
        }
        return uuid;
    }

}
