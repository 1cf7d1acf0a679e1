package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.ConsentRules.Consent;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Draft;
import nl.thuisbasis.trajectory.domain.ConsentRules.Evidence;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    static Consent trivire(Instant revokedAt) {
        return new Consent(UUID.randomUUID(), EnumSet.of(DataCategory.SUPPORT_PLAN), "trivire", null, Purpose.AFTERCARE,
                TODAY.minusDays(10), TODAY.plusDays(20), revokedAt);
    }

    @Test
    void a_consent_gives_exactly_its_categories_to_its_recipient_for_its_purpose_while_it_runs() {
        List<Consent> consents = List.of(trivire(null));
        OrganisationType corporation = OrganisationType.HOUSING_CORPORATION;
        assertThat(ConsentRules.allows(consents, "trivire", corporation, DataCategory.SUPPORT_PLAN, Purpose.AFTERCARE, TODAY, NOW))
                .isTrue();
        assertThat(ConsentRules.allows(consents, "trivire", corporation, DataCategory.CRISIS_PLAN, Purpose.AFTERCARE, TODAY, NOW))
                .as("another category").isFalse();
        assertThat(ConsentRules.allows(consents, "trivire", corporation, DataCategory.SUPPORT_PLAN, Purpose.EVALUATION, TODAY, NOW))
                .as("another purpose").isFalse();
        assertThat(ConsentRules.allows(consents, "woonkwartier", corporation, DataCategory.SUPPORT_PLAN, Purpose.AFTERCARE, TODAY,
                NOW)).as("another corporation").isFalse();
        assertThat(ConsentRules.allows(consents, "trivire", corporation, DataCategory.SUPPORT_PLAN, Purpose.AFTERCARE,
                TODAY.plusDays(21), NOW)).as("expired").isFalse();
        assertThat(ConsentRules.allows(List.of(trivire(NOW.minusSeconds(1))), "trivire", corporation, DataCategory.SUPPORT_PLAN,
                Purpose.AFTERCARE, TODAY, NOW)).as("revoked: from the next request").isFalse();
    }

    @Test
    void a_consent_to_an_organisation_type_covers_every_organisation_of_that_type() {
        Consent municipalities = new Consent(UUID.randomUUID(), EnumSet.of(DataCategory.HOUSING_PERSPECTIVE), null,
                OrganisationType.MUNICIPALITY, Purpose.OUTFLOW_MEDIATION, TODAY, TODAY, null);
        assertThat(ConsentRules.allows(List.of(municipalities), "GM0505", OrganisationType.MUNICIPALITY,
                DataCategory.HOUSING_PERSPECTIVE, Purpose.OUTFLOW_MEDIATION, TODAY, NOW)).isTrue();
        assertThat(ConsentRules.allows(List.of(municipalities), "trivire", OrganisationType.HOUSING_CORPORATION,
                DataCategory.HOUSING_PERSPECTIVE, Purpose.OUTFLOW_MEDIATION, TODAY, NOW)).isFalse();
    }

    @Test
    void a_consent_needs_categories_one_recipient_a_purpose_dates_and_evidence() {
        Set<String> organisations = Set.of("trivire");
        Draft good = new Draft(EnumSet.of(DataCategory.SUPPORT_PLAN), "trivire", null, Purpose.AFTERCARE, TODAY,
                TODAY.plusMonths(6), Evidence.VERBAL_WITH_WITNESS, "Ans Testgetuige, collega", false);
        assertThat(ConsentRules.problems(good, TODAY, organisations)).isEmpty();
        Draft empty = new Draft(Set.of(), null, null, null, null, null, null, null, false);
        assertThat(ConsentRules.problems(empty, TODAY, organisations)).extracting(Problem::field)
                .containsExactly("categories", "recipient", "purpose", "validFrom", "validUntil", "evidence");
        Draft wrong = new Draft(EnumSet.of(DataCategory.NOTES), "onbekend", OrganisationType.MUNICIPALITY, Purpose.EVALUATION,
                TODAY, TODAY.plusYears(3), Evidence.SIGNED_FORM, null, false);
        assertThat(ConsentRules.problems(wrong, TODAY, organisations)).extracting(Problem::field)
                .containsExactly("recipient", "validUntil", "signedForm");
    }

    @Test
    void consents_ending_within_30_days_are_warned() {
        Consent soon = trivire(null);
        Consent later = new Consent(UUID.randomUUID(), EnumSet.of(DataCategory.CONTACT), "trivire", null, Purpose.AFTERCARE,
                TODAY, TODAY.plusDays(31), null);
        assertThat(ConsentRules.endingSoon(List.of(soon, later, trivire(NOW.minusSeconds(5))), TODAY, NOW)).containsExactly(soon);
    }

    @Test
    void grants_name_each_category_given_now_with_the_latest_day_it_runs_until() {
        Consent plan = trivire(null);
        Consent longer = new Consent(UUID.randomUUID(), EnumSet.of(DataCategory.SUPPORT_PLAN, DataCategory.CONTACT), null,
                OrganisationType.HOUSING_CORPORATION, Purpose.AFTERCARE, TODAY.minusDays(1), TODAY.plusYears(1), null);
        Consent revoked = new Consent(UUID.randomUUID(), EnumSet.of(DataCategory.CRISIS_PLAN), "trivire", null,
                Purpose.AFTERCARE, TODAY, TODAY.plusYears(1), NOW.minusSeconds(1));
        Consent otherPurpose = new Consent(UUID.randomUUID(), EnumSet.of(DataCategory.NOTES), "trivire", null,
                Purpose.EVALUATION, TODAY, TODAY.plusYears(1), null);
        java.util.Map<DataCategory, LocalDate> grants = ConsentRules.grants(java.util.List.of(plan, longer, revoked, otherPurpose),
                "trivire", OrganisationType.HOUSING_CORPORATION, Purpose.AFTERCARE, TODAY, NOW);
        assertThat(grants).containsOnlyKeys(DataCategory.SUPPORT_PLAN, DataCategory.CONTACT)
                .containsEntry(DataCategory.SUPPORT_PLAN, TODAY.plusYears(1));
        assertThat(ConsentRules.grants(java.util.List.of(plan, longer), "GM0505", OrganisationType.MUNICIPALITY,
                Purpose.AFTERCARE, TODAY, NOW)).isEmpty();
        for (DataCategory category : DataCategory.values()) {
            assertThat(ConsentRules.allows(java.util.List.of(plan, longer, revoked, otherPurpose), "trivire",
                    OrganisationType.HOUSING_CORPORATION, category, Purpose.AFTERCARE, TODAY, NOW))
                    .as(category.name()).isEqualTo(grants.containsKey(category));
        }
    }
}
