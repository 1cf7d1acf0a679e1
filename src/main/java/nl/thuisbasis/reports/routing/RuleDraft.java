package nl.thuisbasis.reports.routing;

/**
 * A routing rule as someone enters it: category (empty: any), municipality (a GM code; empty: any; a municipality's
 * officers always get their own), facility id (empty: any), target (PROVIDER, MUNICIPALITY or POLICE) and the contact
 * (required for the police).
 */
public record RuleDraft(String category, String municipality, String facilityId, String target, String contact) {
}
