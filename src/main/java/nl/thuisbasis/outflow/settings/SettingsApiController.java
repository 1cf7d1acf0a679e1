package nl.thuisbasis.outflow.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.Sentences;
import nl.thuisbasis.platform.ApiController;
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

/** The region's rules of the scheme: norms, categories, eligibility rules and the rent limits of passend toewijzen. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom", description = "Voorrangsregeling: contingenten, regels van de regio en de uitstroommonitor")
class SettingsApiController {

    private final OutflowSettings settings;

    SettingsApiController(OutflowSettings settings) {
        this.settings = settings;
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

    @GetMapping("/rules/{region}")
    @Operation(operationId = "getRules", summary = "De regels van de regeling in een regio: normen, categorieën, voorwaarden en huurgrenzen")
    Rules rules(@PathVariable String region, @AuthenticationPrincipal CurrentUser user) {
        OutflowAccess.login(user);
        String code = settings.region(region).code();
        return new Rules(settings.norms(code), settings.categories(code), settings.rules(code), settings.allLimits());
    }

    @PutMapping("/rules/{region}/norms")
    @Operation(operationId = "setNorms", summary = "Plafond, norm tussen urgentie en aanbod, termijn voor een antwoord en duur van de overeenkomst")
    OutflowSettings.Norms norms(@PathVariable String region, @RequestBody NormsBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.version() == null) {
            throw Sentences.refused("Geef de versie die u het laatst zag (version).");
        }
        return settings.updateNorms(OutflowAccess.login(user), settings.region(region).code(), body.version(),
                body.capPercent(), body.offerNormMonths(), body.stalledOfferDays(), body.tenancyMonths());
    }

    @PutMapping("/rules/{region}/categories")
    @Operation(operationId = "saveCategory", summary = "Een categorie van de regeling toevoegen of wijzigen")
    List<OutflowSettings.Category> category(@PathVariable String region, @RequestBody CategoryBody body,
            @AuthenticationPrincipal CurrentUser user) {
        String code = settings.region(region).code();
        settings.saveCategory(OutflowAccess.login(user), code, body == null ? null : body.code(),
                body == null ? null : body.label(), body == null || !Boolean.FALSE.equals(body.active()));
        return settings.categories(code);
    }

    @PostMapping("/rules/{region}/eligibility-rules")
    @Operation(operationId = "addEligibilityRule", summary = "Een voorwaarde toevoegen (MIN_REGIONAL_TIES_YEARS met parameter, of PRIOR_OWN_DWELLING)")
    ResponseEntity<List<OutflowSettings.RuleView>> addRule(@PathVariable String region, @RequestBody RuleBody body,
            @AuthenticationPrincipal CurrentUser user) {
        String code = settings.region(region).code();
        settings.addRule(OutflowAccess.login(user), code, body == null ? null : body.kind(),
                body == null ? null : body.parameter(), body == null ? null : body.description());
        return ResponseEntity.status(HttpStatus.CREATED).body(settings.rules(code));
    }

    @PatchMapping("/rules/{region}/eligibility-rules/{id}")
    @Operation(operationId = "setEligibilityRuleActive", summary = "Een voorwaarde buiten werking stellen of weer in werking (regels worden nooit verwijderd)")
    List<OutflowSettings.RuleView> ruleState(@PathVariable String region, @PathVariable EligibilityRuleId id,
            @RequestBody RuleStateBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.active() == null) {
            throw Sentences.refused("Geef active (true of false).");
        }
        String code = settings.region(region).code();
        settings.setRuleActive(OutflowAccess.login(user), code, id.value(), body.active());
        return settings.rules(code);
    }

    @PutMapping("/affordability-limits/{year}")
    @Operation(operationId = "setAffordabilityLimits", summary = "De huurgrenzen van passend toewijzen voor een jaar (in euro per maand, met bron)")
    List<OutflowSettings.Limits> limits(@PathVariable int year, @RequestBody LimitsBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Sentences.refused("Geef qualityDiscount, lowCap, highCap, liberalisation en source.");
        }
        settings.saveLimits(OutflowAccess.login(user), year, cents(body.qualityDiscount()), cents(body.lowCap()),
                cents(body.highCap()), cents(body.liberalisation()), body.source());
        return settings.allLimits();
    }

    private static Integer cents(BigDecimal euros) {
        try {
            return euros == null ? null : euros.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            throw Sentences.refused("Een huurgrens is een bedrag in euro's, bijvoorbeeld 682.96.");
        }
    }
}
