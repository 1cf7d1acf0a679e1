package nl.thuisbasis.outflow.settings;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.Euros;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.platform.Problem;
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

    record NormsRequest(
            @Schema(requiredMode = REQUIRED) Integer version,
            @Schema(requiredMode = REQUIRED) Integer capPercent,
            @Schema(requiredMode = REQUIRED) Integer offerNormMonths,
            @Schema(requiredMode = REQUIRED) Integer stalledOfferDays,
            @Schema(requiredMode = REQUIRED) Integer tenancyMonths) {
    }

    record CategoryRequest(
            @Schema(requiredMode = REQUIRED) String code,
            @Schema(requiredMode = REQUIRED) String label,
            Boolean active) {
    }

    /** A new eligibility rule; {@code kind} MIN_REGIONAL_TIES_YEARS (with parameter) or PRIOR_OWN_DWELLING. */
    record RuleRequest(
            @Schema(requiredMode = REQUIRED, implementation = Eligibility.Kind.class) String kind,
            Integer parameter,
            @Schema(requiredMode = REQUIRED) String description) {

        /** The kind named, or null (the service says to choose one) when none or an unknown one is named. */
        Eligibility.Kind eligibilityKind() {
            return OutflowRefusals.code(Eligibility.Kind.class, kind, "kind", "out.problem.settings.rule.kind", new ArrayList<>());
        }
    }

    record RuleStateRequest(
            @Schema(requiredMode = REQUIRED) Boolean active) {
    }

    /** Rent limits in euros per month. */
    record LimitsRequest(
            @Schema(requiredMode = REQUIRED) BigDecimal qualityDiscount,
            @Schema(requiredMode = REQUIRED) BigDecimal lowCap,
            @Schema(requiredMode = REQUIRED) BigDecimal highCap,
            @Schema(requiredMode = REQUIRED) BigDecimal liberalisation,
            @Schema(requiredMode = REQUIRED) String source) {
    }

    @GetMapping("/rules/{region}")
    @Operation(operationId = "getRules", summary = "De regels van de regeling in een regio: normen, categorieën, voorwaarden en huurgrenzen")
    RulesResponse rules(@PathVariable String region, @AuthenticationPrincipal CurrentUser user) {
        OutflowAccess.login(user);
        String code = settings.region(region).code();
        return new RulesResponse(RulesResponse.Norms.from(settings.norms(code)), RulesResponse.Category.from(settings.categories(code)),
                RulesResponse.EligibilityRule.from(settings.rules(code)), RulesResponse.Limits.from(settings.allLimits()));
    }

    @PutMapping("/rules/{region}/norms")
    @Operation(operationId = "setNorms", summary = "Plafond, norm tussen urgentie en aanbod, termijn voor een antwoord en duur van de overeenkomst")
    RulesResponse.Norms norms(@PathVariable String region, @RequestBody NormsRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.version() == null) {
            throw OutflowRefusals.refused(Problem.at("version", "out.problem.settings.version"));
        }
        return RulesResponse.Norms.from(settings.updateNorms(OutflowAccess.login(user), settings.region(region).code(),
                body.version(), body.capPercent(), body.offerNormMonths(), body.stalledOfferDays(), body.tenancyMonths()));
    }

    @PutMapping("/rules/{region}/categories")
    @Operation(operationId = "saveCategory", summary = "Een categorie van de regeling toevoegen of wijzigen")
    List<RulesResponse.Category> category(@PathVariable String region, @RequestBody CategoryRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        String code = settings.region(region).code();
        settings.saveCategory(OutflowAccess.login(user), code, body == null ? null : body.code(),
                body == null ? null : body.label(), body == null || !Boolean.FALSE.equals(body.active()));
        return RulesResponse.Category.from(settings.categories(code));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/rules/{region}/eligibility-rules")
    @Operation(operationId = "addEligibilityRule", summary = "Een voorwaarde toevoegen (MIN_REGIONAL_TIES_YEARS met parameter, of PRIOR_OWN_DWELLING)")
    ResponseEntity<List<RulesResponse.EligibilityRule>> addRule(@PathVariable String region, @RequestBody RuleRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        String code = settings.region(region).code();
        settings.addRule(OutflowAccess.login(user), code, body == null ? null : body.eligibilityKind(),
                body == null ? null : body.parameter(), body == null ? null : body.description());
        return ResponseEntity.status(HttpStatus.CREATED).body(RulesResponse.EligibilityRule.from(settings.rules(code)));
    }

    @PatchMapping("/rules/{region}/eligibility-rules/{id}")
    @Operation(operationId = "setEligibilityRuleActive", summary = "Een voorwaarde buiten werking stellen of weer in werking (regels worden nooit verwijderd)")
    List<RulesResponse.EligibilityRule> ruleState(@PathVariable String region, @PathVariable EligibilityRuleId id,
            @RequestBody RuleStateRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.active() == null) {
            throw OutflowRefusals.refused(Problem.at("active", "out.problem.settings.rule.active"));
        }
        String code = settings.region(region).code();
        settings.setRuleActive(OutflowAccess.login(user), code, id.value(), body.active());
        return RulesResponse.EligibilityRule.from(settings.rules(code));
    }

    @PutMapping("/affordability-limits/{year}")
    @Operation(operationId = "setAffordabilityLimits", summary = "De huurgrenzen van passend toewijzen voor een jaar (in euro per maand, met bron)")
    List<RulesResponse.Limits> limits(@PathVariable int year, @RequestBody LimitsRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw OutflowRefusals.refused(Problem.of("out.problem.settings.limits.body"));
        }
        settings.saveLimits(OutflowAccess.login(user), year, cents(body.qualityDiscount(), "qualityDiscount"),
                cents(body.lowCap(), "lowCap"), cents(body.highCap(), "highCap"), cents(body.liberalisation(), "liberalisation"),
                body.source());
        return RulesResponse.Limits.from(settings.allLimits());
    }

    private static Integer cents(BigDecimal euros, String field) {
        try {
            return euros == null ? null : Euros.of(euros).cents();
        } catch (ArithmeticException | IllegalArgumentException e) {
            // more than fits in cents (Euros.of says so with an IllegalArgumentException)
            throw OutflowRefusals.refused(Problem.at(field, "out.problem.settings.limits.euros"));
        }
    }
}
