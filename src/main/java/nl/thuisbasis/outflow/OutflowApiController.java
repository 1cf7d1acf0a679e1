package nl.thuisbasis.outflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Outflow to ordinary housing: contingents (preview and decided, corporation stock and shares), the region's rules
 * (norms, categories, eligibility rules, rent limits) and the outflow monitor with the records behind its figures.
 */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom", description = "Voorrangsregeling: contingenten, regels van de regio en de uitstroommonitor")
class OutflowApiController {

    private final Contingents contingents;
    private final OutflowSettings settings;
    private final OutflowMonitor monitor;

    OutflowApiController(Contingents contingents, OutflowSettings settings, OutflowMonitor monitor) {
        this.contingents = contingents;
        this.settings = settings;
        this.monitor = monitor;
    }

    record PreviewBody(String region, Integer year, Integer total, Boolean careLoadCorrection) {
    }

    record DecisionBody(Integer total, Boolean careLoadCorrection, String decidedBy) {
    }

    record StockBody(String region, Integer year, String municipality, String corporation, Integer dwellings) {
    }

    record NormsBody(Integer version, Integer capPercent, Integer offerNormMonths, Integer stalledOfferDays, Integer tenancyMonths) {
    }

    record CategoryBody(String code, String label, Boolean active) {
    }

    record RuleBody(String kind, Integer parameter, String description) {
    }

    record RuleStateBody(Boolean active) {
    }

    /** Rent limits in euros per month. */
    record LimitsBody(BigDecimal qualityDiscount, BigDecimal lowCap, BigDecimal highCap, BigDecimal liberalisation, String source) {
    }

    record Rules(OutflowSettings.Norms norms, List<OutflowSettings.Category> categories, List<OutflowSettings.RuleView> eligibilityRules,
            List<OutflowSettings.Limits> affordabilityLimits) {
    }

    @PostMapping("/contingents/preview")
    @Operation(operationId = "previewContingents", summary = "Een jaarcontingent over de gemeenten van een regio verdelen (voorbeeld, slaat niets op)",
            description = Contingents.FORMULA)
    Contingents.Preview preview(@RequestBody PreviewBody body) {
        if (body == null || body.region() == null || body.year() == null || body.total() == null) {
            throw ApiException.badRequest("Geef region, year en total.");
        }
        return contingents.preview(body.region(), body.year(), body.total(), Boolean.TRUE.equals(body.careLoadCorrection()));
    }

    @GetMapping("/contingents/{region}/{year}")
    @Operation(operationId = "getContingent", summary = "Het vastgestelde contingent van een regio in een jaar, met de verdeling")
    Contingents.Decided contingent(@PathVariable String region, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        CandidateApiController.login(user);
        return contingents.decided(settings.region(region).code(), year).orElseThrow(OutflowRefused.NotFound::new);
    }

    @PutMapping("/contingents/{region}/{year}")
    @Operation(operationId = "decideContingent", summary = "Het vastgestelde contingent vastleggen (regiocoördinator)",
            description = Contingents.FORMULA)
    Contingents.Decided decide(@PathVariable String region, @PathVariable int year, @RequestBody DecisionBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return contingents.decide(CandidateApiController.login(user), settings.region(region).code(), year,
                body == null ? null : body.total(), body != null && Boolean.TRUE.equals(body.careLoadCorrection()),
                body == null ? null : body.decidedBy());
    }

    @GetMapping("/contingents/{region}/{year}/corporation-shares")
    @Operation(operationId = "corporationShares", summary = "De delen van de corporaties per gemeente, naar hun voorraad sociale huurwoningen")
    List<Contingents.CorporationShare> shares(@PathVariable String region, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        CandidateApiController.login(user);
        return contingents.corporationShares(settings.region(region).code(), year);
    }

    @PutMapping("/corporation-stock")
    @Operation(operationId = "setCorporationStock", summary = "De voorraad sociale huurwoningen van een corporatie in een gemeente")
    ResponseEntity<Void> stock(@RequestBody StockBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw ApiException.badRequest("Geef region, year, municipality, corporation en dwellings.");
        }
        contingents.setStock(CandidateApiController.login(user), body.region(), body.year(), body.municipality(),
                body.corporation(), body.dwellings());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/rules/{region}")
    @Operation(operationId = "getRules", summary = "De regels van de regeling in een regio: normen, categorieën, voorwaarden en huurgrenzen")
    Rules rules(@PathVariable String region, @AuthenticationPrincipal CurrentUser user) {
        CandidateApiController.login(user);
        String code = settings.region(region).code();
        return new Rules(settings.norms(code), settings.categories(code), settings.rules(code), settings.allLimits());
    }

    @PutMapping("/rules/{region}/norms")
    @Operation(operationId = "setNorms", summary = "Plafond, norm tussen urgentie en aanbod, termijn voor een antwoord en duur van de overeenkomst")
    OutflowSettings.Norms norms(@PathVariable String region, @RequestBody NormsBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.version() == null) {
            throw new OutflowRefused("Geef de versie die u het laatst zag (version).");
        }
        return settings.updateNorms(CandidateApiController.login(user), settings.region(region).code(), body.version(),
                body.capPercent(), body.offerNormMonths(), body.stalledOfferDays(), body.tenancyMonths());
    }

    @PutMapping("/rules/{region}/categories")
    @Operation(operationId = "saveCategory", summary = "Een categorie van de regeling toevoegen of wijzigen")
    List<OutflowSettings.Category> category(@PathVariable String region, @RequestBody CategoryBody body,
            @AuthenticationPrincipal CurrentUser user) {
        String code = settings.region(region).code();
        settings.saveCategory(CandidateApiController.login(user), code, body == null ? null : body.code(),
                body == null ? null : body.label(), body == null || !Boolean.FALSE.equals(body.active()));
        return settings.categories(code);
    }

    @PostMapping("/rules/{region}/eligibility-rules")
    @Operation(operationId = "addEligibilityRule", summary = "Een voorwaarde toevoegen (MIN_REGIONAL_TIES_YEARS met parameter, of PRIOR_OWN_DWELLING)")
    ResponseEntity<List<OutflowSettings.RuleView>> addRule(@PathVariable String region, @RequestBody RuleBody body,
            @AuthenticationPrincipal CurrentUser user) {
        String code = settings.region(region).code();
        settings.addRule(CandidateApiController.login(user), code, body == null ? null : body.kind(),
                body == null ? null : body.parameter(), body == null ? null : body.description());
        return ResponseEntity.status(HttpStatus.CREATED).body(settings.rules(code));
    }

    @PatchMapping("/rules/{region}/eligibility-rules/{id}")
    @Operation(operationId = "setEligibilityRuleActive", summary = "Een voorwaarde buiten werking stellen of weer in werking (regels worden nooit verwijderd)")
    List<OutflowSettings.RuleView> ruleState(@PathVariable String region, @PathVariable String id, @RequestBody RuleStateBody body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.active() == null) {
            throw new OutflowRefused("Geef active (true of false).");
        }
        String code = settings.region(region).code();
        settings.setRuleActive(CandidateApiController.login(user), code, CandidateApiController.uuid(id), body.active());
        return settings.rules(code);
    }

    @PutMapping("/affordability-limits/{year}")
    @Operation(operationId = "setAffordabilityLimits", summary = "De huurgrenzen van passend toewijzen voor een jaar (in euro per maand, met bron)")
    List<OutflowSettings.Limits> limits(@PathVariable int year, @RequestBody LimitsBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw new OutflowRefused("Geef qualityDiscount, lowCap, highCap, liberalisation en source.");
        }
        settings.saveLimits(CandidateApiController.login(user), year, cents(body.qualityDiscount()), cents(body.lowCap()),
                cents(body.highCap()), cents(body.liberalisation()), body.source());
        return settings.allLimits();
    }

    @GetMapping("/monitor")
    @Operation(operationId = "outflowMonitor", summary = "De uitstroommonitor van een regio in een jaar (totalen)",
            description = "Wachttijd van urgentie tot aanbod tegen de norm, realisatie van het contingent per gemeente en corporatie per "
                    + "kwartaal, plafond per corporatie, uitkomsten na de afgesproken duur, instroom en uitstroom per maand.")
    OutflowMonitor.Report monitor(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = CandidateApiController.login(user);
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return monitor.report(u, code, year == null ? LocalDate.now(Candidates.ZONE).getYear() : year);
    }

    @GetMapping("/monitor/records")
    @Operation(operationId = "outflowMonitorRecords", summary = "De records achter een getal van de monitor",
            description = "figure: WAITS (key: WITHIN_NORM, LATE, WAITING, WAITING_LATE, WITHDRAWN), HOUSED_MUNICIPALITY (key: GM-code, "
                    + "quarter), HOUSED_CORPORATION (key: corporatie, quarter), CAP (key: corporatie), OUTCOME (key: uitkomst), INFLOW en "
                    + "OUTFLOW (key: maand 1-12).")
    OutflowMonitor.RecordList records(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam String figure, @RequestParam(required = false) String key, @RequestParam(required = false) Integer quarter,
            @AuthenticationPrincipal CurrentUser user) {
        CurrentUser u = CandidateApiController.login(user);
        List<String> problems = new ArrayList<>();
        OutflowMonitor.Figure f = OutflowParsing.parse(OutflowMonitor.Figure.class, figure, "Onbekende figuur: " + figure + ".", problems);
        if (f == null || !problems.isEmpty()) {
            throw new OutflowRefused(problems.isEmpty() ? List.of("Geef figure.") : problems);
        }
        String code = region == null ? settings.regionFor(u).code() : settings.region(region).code();
        return monitor.records(u, code, year == null ? LocalDate.now(Candidates.ZONE).getYear() : year, f, key, quarter);
    }

    private static Integer cents(BigDecimal euros) {
        try {
            return euros == null ? null : euros.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            throw new OutflowRefused("Een huurgrens is een bedrag in euro's, bijvoorbeeld 682.96.");
        }
    }

}
