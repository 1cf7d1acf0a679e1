package nl.thuisbasis.outflow.domain;

import nl.thuisbasis.identity.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The rules of the priority scheme")
class OutflowRulesTest {

    @Nested
    @DisplayName("a client reference")
    class References {
        @Test
        void a_citizen_service_number_is_refused_with_or_without_dots() {
            // the text ("Dit lijkt een burgerservicenummer ...") is the key's, in the reader's language
            assertThat(ClientReference.problem("111222333")).get().extracting(Problem::key, Problem::field)
                    .containsExactly("out.problem.candidate.reference.bsn", "reference");
            assertThat(ClientReference.problem("1112.22.333")).isPresent();
            assertThat(ClientReference.problem("111 222 333")).isPresent();
        }

        @Test
        void nine_digits_that_fail_the_eleven_test_and_own_file_numbers_are_fine() {
            assertThat(ClientReference.problem("123456789")).isEmpty();
            assertThat(ClientReference.problem("LDH-2026-014")).isEmpty();
        }

        @Test
        void a_reference_is_three_to_forty_plain_characters() {
            assertThat(ClientReference.problem("ab")).isPresent();
            assertThat(ClientReference.problem("x".repeat(41))).isPresent();
            assertThat(ClientReference.problem("<script>")).isPresent();
            assertThat(ClientReference.problem(null)).isPresent();
        }
    }

    @Nested
    @DisplayName("eligibility")
    class EligibilityRules {
        final Eligibility.Rule ties = new Eligibility.Rule("ties", Eligibility.Kind.MIN_REGIONAL_TIES_YEARS, 3, "3 jaar regiobinding");
        final Eligibility.Rule dwelling = new Eligibility.Rule("own", Eligibility.Kind.PRIOR_OWN_DWELLING, null, "eerder een woning");

        @Test
        void three_years_of_regional_ties_shut_out_a_family_that_arrived_last_year_unless_an_exception_is_recorded() {
            Eligibility.Facts family = new Eligibility.Facts(1, true);
            assertThat(Eligibility.check(List.of(ties), family, Set.of()).eligible()).isFalse();
            Eligibility.Outcome excepted = Eligibility.check(List.of(ties), family, Set.of("ties"));
            assertThat(excepted.eligible()).isTrue();
            assertThat(excepted.notMet()).containsExactly(ties);
        }

        @Test
        void a_young_person_who_never_had_a_dwelling_does_not_meet_the_prior_dwelling_rule() {
            assertThat(Eligibility.check(List.of(dwelling), new Eligibility.Facts(20, false), Set.of()).blocking()).containsExactly(dwelling);
        }

        @Test
        void unknown_regional_ties_do_not_meet_a_minimum() {
            assertThat(Eligibility.meets(ties, new Eligibility.Facts(null, false))).isFalse();
            assertThat(Eligibility.meets(ties, new Eligibility.Facts(3, false))).isTrue();
        }

        @Test
        void a_ties_rule_needs_its_number_of_years() {
            assertThat(Eligibility.checkRule(Eligibility.Kind.MIN_REGIONAL_TIES_YEARS, null, "x")).isNotEmpty();
            assertThat(Eligibility.checkRule(Eligibility.Kind.PRIOR_OWN_DWELLING, null, "x")).isEmpty();
            assertThat(Eligibility.checkRule(null, null, "")).hasSize(2);
        }
    }

    @Nested
    @DisplayName("passend toewijzen")
    class Affordability {
        final AffordabilityFit.Limits limits = new AffordabilityFit.Limits(2025, 47720, 68296, 73193, 90007);

        @Test
        void a_low_income_single_adult_gets_at_most_the_low_capping_limit() {
            assertThat(AffordabilityFit.maxRent(limits, IncomeBand.LOW, 1, 0, AgeBand.Y27_44)).isEqualTo(68296);
        }

        @Test
        void a_low_income_household_of_three_gets_at_most_the_high_capping_limit() {
            assertThat(AffordabilityFit.maxRent(limits, IncomeBand.LOW, 1, 2, AgeBand.Y27_44)).isEqualTo(73193);
        }

        @Test
        void a_single_young_person_under_23_gets_at_most_the_quality_discount_limit() {
            assertThat(AffordabilityFit.maxRent(limits, IncomeBand.LOW, 1, 0, AgeBand.Y18_22)).isEqualTo(47720);
            assertThat(AffordabilityFit.maxRent(limits, IncomeBand.LOW, 1, 1, AgeBand.Y18_22)).isEqualTo(68296);
        }

        @Test
        void a_middle_income_gets_up_to_the_liberalisation_limit() {
            assertThat(AffordabilityFit.maxRent(limits, IncomeBand.MIDDLE, 2, 3, AgeBand.Y45_66)).isEqualTo(90007);
        }

        @Test
        void limits_must_ascend() {
            assertThatThrownBy(() -> new AffordabilityFit.Limits(2026, 70000, 68296, 73193, 90007))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("the cap")
    class Cap {
        @Test
        void a_quarter_of_120_vacancies_is_30_and_the_31st_exceeds_it() {
            OutflowCap.State at30 = new OutflowCap.State(120, 30, 25);
            assertThat(at30.allowed()).isEqualTo(30);
            assertThat(at30.remaining()).isZero();
            assertThat(at30.exceeded()).isFalse();
            assertThat(new OutflowCap.State(120, 31, 25).exceeded()).isTrue();
            assertThat(new OutflowCap.State(120, 12, 25).sharePercent()).isEqualTo(10.0);
        }

        @Test
        void without_a_reported_total_the_cap_is_unknown_not_zero() {
            OutflowCap.State unknown = new OutflowCap.State(null, 4, 25);
            assertThat(unknown.unknown()).isTrue();
            assertThat(unknown.remaining()).isNull();
            assertThat(unknown.exceeded()).isFalse();
        }
    }

    @Nested
    @DisplayName("status steps")
    class Status {
        @Test
        void a_decline_returns_an_offered_candidate_to_the_pool_and_housed_is_final() {
            assertThat(CandidateStatus.OFFERED.mayMoveTo(CandidateStatus.URGENCY_GRANTED)).isTrue();
            assertThat(CandidateStatus.HOUSED.next()).isEmpty();
            assertThat(CandidateStatus.REGISTERED.mayMoveTo(CandidateStatus.OFFERED)).isFalse();
            assertThat(CandidateStatus.WITHDRAWN.active()).isFalse();
        }
    }

    @Nested
    @DisplayName("time norms")
    class Norms {
        @Test
        void an_offer_exactly_three_months_after_urgency_is_within_the_norm_a_day_later_is_not() {
            LocalDate urgency = LocalDate.of(2026, 1, 31);
            assertThat(OutflowNorms.offerDue(urgency, 3)).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(OutflowNorms.withinNorm(urgency, LocalDate.of(2026, 4, 30), 3)).isTrue();
            assertThat(OutflowNorms.withinNorm(urgency, LocalDate.of(2026, 5, 1), 3)).isFalse();
        }

        @Test
        void an_offer_is_stalled_after_more_than_seven_days_without_an_answer() {
            LocalDate offered = LocalDate.of(2026, 3, 2);
            assertThat(OutflowNorms.stalled(offered, offered.plusDays(7), 7)).isFalse();
            assertThat(OutflowNorms.stalled(offered, offered.plusDays(8), 7)).isTrue();
        }

        @Test
        void an_agreement_is_evaluated_at_three_six_and_twelve_months() {
            assertThat(OutflowNorms.evaluationsDue(LocalDate.of(2026, 1, 15), 12))
                    .containsExactly(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2027, 1, 15));
        }
    }

    @Nested
    @DisplayName("who sees a candidate")
    class Access {
        final CandidateAccess.Subject candidate = new CandidateAccess.Subject("leger-des-heils", "GM0505", Set.of("trivire"));

        @Test
        void the_registering_provider_and_the_deciding_municipality_see_everything() {
            assertThat(level(Role.PROVIDER, "leger-des-heils", null)).isEqualTo(CandidateAccess.Level.FULL);
            assertThat(level(Role.MUNICIPALITY, "GM0505", "GM0505")).isEqualTo(CandidateAccess.Level.FULL);
        }

        @Test
        void another_provider_or_municipality_sees_nothing() {
            assertThat(level(Role.PROVIDER, "yulius", null)).isEqualTo(CandidateAccess.Level.NONE);
            assertThat(level(Role.MUNICIPALITY, "GM0590", "GM0590")).isEqualTo(CandidateAccess.Level.NONE);
        }

        @Test
        void a_corporation_sees_the_minimal_fields_only_when_linked_to_one_of_its_vacancies() {
            assertThat(level(Role.CORPORATION, "trivire", null)).isEqualTo(CandidateAccess.Level.MINIMAL);
            assertThat(level(Role.CORPORATION, "woonkwartier", null)).isEqualTo(CandidateAccess.Level.NONE);
        }

        @Test
        void region_coordinators_and_administrators_see_aggregates_only() {
            assertThat(level(Role.REGION_COORDINATOR, "regio", null)).isEqualTo(CandidateAccess.Level.NONE);
            assertThat(level(Role.ADMIN, "beheer", null)).isEqualTo(CandidateAccess.Level.NONE);
            assertThat(CandidateAccess.maySeeAggregates(new Viewer(Role.REGION_COORDINATOR, "regio", null))).isTrue();
        }

        private CandidateAccess.Level level(Role role, String organisation, String municipality) {
            return CandidateAccess.level(new Viewer(role, organisation, municipality), candidate);
        }
    }
}
