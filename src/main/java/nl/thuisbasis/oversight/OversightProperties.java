package nl.thuisbasis.oversight;

import java.time.Period;
import nl.thuisbasis.oversight.domain.RegimeSuggestion;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of oversight ({@code thuisbasis.oversight.*}): how long a covenant stays current after its last
 * review (default 24 months), the rule that suggests regime changes from reports (default: 5 nuisance reports in
 * 90 days, or 1 report past its deadline), and whether the demo oversight is loaded on the first start.
 */
@ConfigurationProperties("thuisbasis.oversight")
public record OversightProperties(Period covenantCurrentFor, Integer suggestReports, Integer suggestWindowDays,
        Integer suggestOverdue, Boolean loadDemoData) {

    public OversightProperties {
        covenantCurrentFor = covenantCurrentFor == null ? Period.ofMonths(24) : covenantCurrentFor;
        suggestReports = suggestReports == null ? 5 : suggestReports;
        suggestWindowDays = suggestWindowDays == null ? 90 : suggestWindowDays;
        suggestOverdue = suggestOverdue == null ? 1 : suggestOverdue;
        loadDemoData = loadDemoData != null && loadDemoData;
    }

    public RegimeSuggestion.Rule suggestionRule() {
        return new RegimeSuggestion.Rule(suggestReports, suggestWindowDays, suggestOverdue);
    }
}
