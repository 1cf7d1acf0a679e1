package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outflow figures on known records: generated candidates, offers and agreements in municipality codes no other test
 * uses (GM99..), inserted in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
@DisplayName("Outflow figures for planning")
class OutflowFiguresTest {

    static final String REGION = "figures-test";
    static final double MONTH = 365.2425 / 12;

    @Autowired
    OutflowFigures figures;

    @Autowired
    JdbcClient jdbc;

    UUID vacancy;
    int number;

    @BeforeEach
    void aDwelling() {
        vacancy = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code, neighbourhood_code,
                    bedrooms, rent_cents, floor, available_from, status, created_by)
                values (?, ?, 'trivire', 'Proefstraat 1 (gegenereerd)', '3311 AA', 'GM9911', 'BU99110000', 1, 50000, 0, ?, 'LET', 'test')""")
                .params(vacancy, REGION, Date.valueOf(LocalDate.of(2020, 1, 1))).update();
    }

    UUID candidate(String deciding, LocalDate readyOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children, age_band,
                    income_band, bedrooms_needed, origin_municipality, support_provider, support_intensity, target_housing, category,
                    consent_on, status, urgency_granted_on, ready_on, registered_by)
                values (?, ?, ?, 'leger-des-heils', ?, 1, 0, 'Y27_44', 'LOW', 1, ?, 'leger-des-heils', 'LIGHT',
                    'TENANCY_WITH_CARE', 'SHELTER', ?, 'HOUSED', ?, ?, 'test')""")
                .params(id, REGION, "FIG-" + (++number) + "-" + id.toString().substring(0, 6), deciding, deciding,
                        Date.valueOf(LocalDate.of(2020, 1, 1)), Date.valueOf(LocalDate.of(2020, 1, 1)),
                        readyOn == null ? null : Date.valueOf(readyOn)).update();
        return id;
    }

    UUID offer(UUID candidate, LocalDate offeredOn, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status, answered_on)
                values (?, ?, ?, 'trivire', 'leger-des-heils', ?, 'test', ?, ?)""")
                .params(id, vacancy, candidate, Date.valueOf(offeredOn), status, Date.valueOf(offeredOn.plusDays(3))).update();
        return id;
    }

    /** An agreement in the dwelling's municipality, with its outcome ("ENDED_EVICTION", "REGULAR_LEASE"...) or none. */
    void tenancy(String municipality, LocalDate startsOn, String outcome, LocalDate decidedOn) {
        UUID candidate = candidate("GM9912", startsOn.minusMonths(2));
        UUID offer = offer(candidate, startsOn.minusDays(14), "ACCEPTED");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into tenancy (id, offer_id, candidate_id, vacancy_id, corporation_code, provider_code, municipality_code,
                    starts_on, agreed_ends_on, ends_on) values (?, ?, ?, ?, 'trivire', 'leger-des-heils', ?, ?, ?, ?)""")
                .params(id, offer, candidate, vacancy, municipality, Date.valueOf(startsOn),
                        Date.valueOf(startsOn.plusMonths(12)), Date.valueOf(startsOn.plusMonths(12))).update();
        if (outcome != null) {
            String[] parts = outcome.split("_", 2);
            String kind = parts[0].equals("ENDED") ? "ENDED" : outcome;
            String reason = parts[0].equals("ENDED") ? parts[1] : null;
            jdbc.sql("update tenancy set outcome = ?, end_reason = ?, outcome_on = ? where id = ?")
                    .params(kind, reason, Date.valueOf(decidedOn), id).update();
            jdbc.sql("""
                    insert into tenancy_outcome (id, tenancy_id, outcome, end_reason, decided_on, recorded_by)
                    values (?, ?, ?, ?, ?, 'test')""").params(UUID.randomUUID(), id, kind, reason, Date.valueOf(decidedOn)).update();
        }
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void months_to_offer_is_the_mean_wait_from_readiness_to_the_first_accepted_offer_in_the_window_by_deciding_municipality() {
        offer(candidate("GM9901", d(2024, 1, 1)), d(2024, 3, 1), "ACCEPTED");   // 60 days
        offer(candidate("GM9901", d(2024, 2, 1)), d(2024, 5, 1), "ACCEPTED");   // 90 days
        UUID declinedFirst = candidate("GM9901", d(2024, 6, 10));
        offer(declinedFirst, d(2024, 6, 20), "DECLINED");                        // a declined offer does not count
        offer(declinedFirst, d(2024, 8, 9), "ACCEPTED");                         // 60 days
        offer(candidate("GM9901", d(2024, 7, 10)), d(2024, 7, 1), "ACCEPTED");  // readiness after the offer: 0 days
        offer(candidate("GM9901", d(2024, 11, 1)), d(2025, 1, 5), "ACCEPTED");  // offered after the window
        offer(candidate("GM9901", d(2024, 1, 1)), d(2024, 2, 1), "OPEN");       // no accepted offer
        offer(candidate("GM9901", null), d(2024, 4, 1), "ACCEPTED");            // no readiness date
        offer(candidate("GM9902", d(2024, 1, 1)), d(2024, 1, 31), "ACCEPTED");  // 30 days, another municipality

        OutflowFigures.Measured one = figures.monthsToOffer(List.of("GM9901"), d(2024, 1, 1), d(2024, 12, 31)).orElseThrow();
        assertThat(one.count()).isEqualTo(4);
        assertThat(one.value()).isCloseTo((60 + 90 + 60 + 0) / 4.0 / MONTH, within(1e-9));
        assertThat(one.asOf()).isEqualTo(d(2024, 12, 31));

        OutflowFigures.Measured both = figures.monthsToOffer(List.of("GM9901", "GM9902"), d(2024, 1, 1), d(2024, 12, 31))
                .orElseThrow();
        assertThat(both.count()).isEqualTo(5);
        assertThat(both.value()).isCloseTo((60 + 90 + 60 + 0 + 30) / 5.0 / MONTH, within(1e-9));

        // both ends of the window are included
        assertThat(figures.monthsToOffer(List.of("GM9901"), d(2024, 3, 1), d(2024, 5, 1)).orElseThrow().count()).isEqualTo(2);
    }

    @Test
    void months_to_offer_is_empty_without_candidates() {
        offer(candidate("GM9901", d(2024, 1, 1)), d(2024, 3, 1), "ACCEPTED");
        assertThat(figures.monthsToOffer(List.of("GM9903"), d(2024, 1, 1), d(2024, 12, 31))).isEmpty();
        assertThat(figures.monthsToOffer(List.of("GM9901"), d(2023, 1, 1), d(2023, 12, 31))).isEmpty();
        assertThat(figures.monthsToOffer(List.of(), d(2024, 1, 1), d(2024, 12, 31))).isEmpty();
        assertThat(figures.monthsToOffer(List.of("GM9901"), d(2024, 12, 31), d(2024, 1, 1))).isEmpty();
    }

    @Test
    void unsuccessful_is_the_share_of_agreements_a_year_old_that_ended_by_eviction_or_relapse_within_their_first_year() {
        tenancy("GM9911", d(2024, 1, 1), "ENDED_EVICTION", d(2024, 6, 1));     // unsuccessful
        tenancy("GM9911", d(2024, 2, 1), "ENDED_RELAPSE", d(2025, 2, 1));      // unsuccessful: on the last day of the year
        tenancy("GM9911", d(2024, 3, 1), "ENDED_RELAPSE", d(2025, 3, 2));      // ended after the first year
        tenancy("GM9911", d(2024, 4, 1), "REGULAR_LEASE", d(2025, 3, 25));
        tenancy("GM9911", d(2024, 5, 1), "ENDED_MOVED", d(2024, 9, 1));
        tenancy("GM9911", d(2025, 1, 1), null, null);                           // exactly a year before asOf, no outcome
        tenancy("GM9911", d(2025, 1, 2), "ENDED_EVICTION", d(2025, 3, 1));     // less than a year before asOf
        tenancy("GM9913", d(2024, 1, 1), "ENDED_EVICTION", d(2024, 3, 1));     // a dwelling elsewhere

        OutflowFigures.Measured share = figures.unsuccessfulWithin12Months(List.of("GM9911"), d(2026, 1, 1)).orElseThrow();
        assertThat(share.count()).isEqualTo(6);
        assertThat(share.value()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(share.asOf()).isEqualTo(d(2026, 1, 1));

        OutflowFigures.Measured both = figures.unsuccessfulWithin12Months(List.of("GM9911", "GM9913"), d(2026, 1, 1)).orElseThrow();
        assertThat(both.count()).isEqualTo(7);
        assertThat(both.value()).isCloseTo(3 / 7.0, within(1e-9));
    }

    @Test
    void unsuccessful_is_empty_without_agreements_a_year_old() {
        tenancy("GM9911", d(2024, 1, 1), "ENDED_EVICTION", d(2024, 6, 1));
        assertThat(figures.unsuccessfulWithin12Months(List.of("GM9911"), d(2024, 12, 31))).isEmpty();
        assertThat(figures.unsuccessfulWithin12Months(List.of("GM9914"), d(2026, 1, 1))).isEmpty();
        assertThat(figures.unsuccessfulWithin12Months(List.of(), d(2026, 1, 1))).isEmpty();
    }
}
