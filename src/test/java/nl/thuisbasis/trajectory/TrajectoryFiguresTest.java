package nl.thuisbasis.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mean stay per facility type on known records: generated facilities in municipality codes no other test uses
 * (GM99..) and generated trajectories with their phase history, inserted in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
@DisplayName("Trajectory figures for planning")
class TrajectoryFiguresTest {

    static final double MONTH = 365.2425 / 12;

    @Autowired
    TrajectoryFigures figures;

    @Autowired
    JdbcClient jdbc;

    int number;

    UUID facility(FacilityType type, String municipality) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into facility (id, name, type, provider_code, street, house_number, postcode, place, lon, lat, capacity,
                    capacity_unit, status, municipality_code, pc4, updated_by)
                values (?, ?, ?, 'leger-des-heils', 'Proefstraat', '1', '3311AA', 'Proefdorp', 4.67, 51.81, 10, 'PLACES', 'IN_USE', ?,
                    '3311', 'test')""")
                .params(id, "Figurenhuis " + id.toString().substring(0, 6), type.name(), municipality).update();
        return id;
    }

    /** A trajectory in a facility with its phases: pairs of phase and day, in order. */
    void trajectory(UUID facility, Object... phases) {
        UUID id = UUID.randomUUID();
        String last = (String) phases[phases.length - 2];
        LocalDate lastSince = (LocalDate) phases[phases.length - 1];
        jdbc.sql("""
                insert into trajectory_client (id, provider_code, client_number, name, birth_date, facility_id, key_worker, phase,
                    phase_since, created_by)
                values (?, 'figures-test', ?, 'Test Figuurpersoon', ?, ?, 'begeleider', ?, ?, 'test')""")
                .params(id, "FIG-" + (++number), Date.valueOf(LocalDate.of(1980, 1, 1)), facility, last, Date.valueOf(lastSince))
                .update();
        for (int i = 0; i < phases.length; i += 2) {
            LocalDate since = (LocalDate) phases[i + 1];
            jdbc.sql("""
                    insert into trajectory_phase (id, client_id, phase, since, changed_by, changed_at)
                    values (?, ?, ?, ?, 'test', ?)""")
                    .params(UUID.randomUUID(), id, phases[i], Date.valueOf(since),
                            Timestamp.valueOf(since.atTime(10, 0).plusSeconds(i))).update();
        }
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    void knownStays() {
        UUID p1 = facility(FacilityType.PROTECTED_HOUSING, "GM9921");
        UUID p2 = facility(FacilityType.PROTECTED_HOUSING, "GM9921");
        UUID night = facility(FacilityType.NIGHT_SHELTER, "GM9921");
        UUID elsewhere = facility(FacilityType.PROTECTED_HOUSING, "GM9922");
        // from the first IN_FACILITY to moving on: 365 days
        trajectory(p1, "INTAKE", d(2023, 1, 1), "IN_FACILITY", d(2023, 2, 1), "PREPARING_OUTFLOW", d(2023, 12, 1),
                "HOUSED_WITH_AFTERCARE", d(2024, 2, 1));
        // never IN_FACILITY: from the intake to closing, 274 days
        trajectory(p1, "INTAKE", d(2023, 6, 1), "CLOSED", d(2024, 3, 1));
        trajectory(p2, "INTAKE", d(2023, 1, 1), "IN_FACILITY", d(2023, 1, 11), "CLOSED", d(2024, 1, 11));  // 365 days
        // a first stay that ended in 2022 does not count; the return in 2024 does: 100 days
        trajectory(p2, "INTAKE", d(2022, 1, 1), "IN_FACILITY", d(2022, 1, 1), "HOUSED_WITH_AFTERCARE", d(2022, 7, 1),
                "IN_FACILITY", d(2024, 1, 1), "CLOSED", d(2024, 4, 10));
        // left on the last day of the window: 365 days
        trajectory(p1, "IN_FACILITY", d(2024, 1, 1), "HOUSED_WITH_AFTERCARE", d(2024, 12, 31));
        // still in the facility; left after the window
        trajectory(p1, "INTAKE", d(2023, 1, 1), "IN_FACILITY", d(2024, 1, 1));
        trajectory(p1, "IN_FACILITY", d(2023, 1, 1), "HOUSED_WITH_AFTERCARE", d(2025, 1, 1));
        // four night-shelter stays of 30 days: fewer than five
        for (int i = 0; i < 4; i++) {
            trajectory(night, "IN_FACILITY", d(2024, 3, 1), "CLOSED", d(2024, 3, 31));
        }
        // a stay in another municipality: 31 days
        trajectory(elsewhere, "IN_FACILITY", d(2024, 5, 1), "CLOSED", d(2024, 6, 1));
    }

    @Test
    void mean_stay_per_type_counts_stays_that_ended_in_the_window_in_facilities_of_the_municipalities() {
        knownStays();
        Map<FacilityType, TrajectoryFigures.Measured> stays = figures.meanStayMonths(List.of("GM9921"), d(2024, 1, 1),
                d(2024, 12, 31));
        assertThat(stays).containsOnlyKeys(FacilityType.PROTECTED_HOUSING);
        assertThat(stays.get(FacilityType.PROTECTED_HOUSING).count()).isEqualTo(5);
        assertThat(stays.get(FacilityType.PROTECTED_HOUSING).value())
                .isCloseTo((365 + 274 + 365 + 100 + 365) / 5.0 / MONTH, within(1e-9));

        Map<FacilityType, TrajectoryFigures.Measured> both = figures.meanStayMonths(List.of("GM9921", "GM9922"), d(2024, 1, 1),
                d(2024, 12, 31));
        assertThat(both.get(FacilityType.PROTECTED_HOUSING).count()).isEqualTo(6);
        assertThat(both.get(FacilityType.PROTECTED_HOUSING).value())
                .isCloseTo((365 + 274 + 365 + 100 + 365 + 31) / 6.0 / MONTH, within(1e-9));
    }

    @Test
    void a_type_with_fewer_than_five_stays_is_left_out() {
        knownStays();
        // the night shelter's four stays never show; the protected housing's two of March and April are too few as well
        assertThat(figures.meanStayMonths(List.of("GM9921"), d(2024, 3, 1), d(2024, 4, 30))).isEmpty();
        UUID night = facility(FacilityType.NIGHT_SHELTER, "GM9921");
        trajectory(night, "INTAKE", d(2024, 3, 1), "CLOSED", d(2024, 3, 11));  // a fifth: 10 days
        TrajectoryFigures.Measured shelter = figures.meanStayMonths(List.of("GM9921"), d(2024, 1, 1), d(2024, 12, 31))
                .get(FacilityType.NIGHT_SHELTER);
        assertThat(shelter.count()).isEqualTo(5);
        assertThat(shelter.value()).isCloseTo((4 * 30 + 10) / 5.0 / MONTH, within(1e-9));
    }

    @Test
    void no_stays_no_figures() {
        knownStays();
        assertThat(figures.meanStayMonths(List.of("GM9923"), d(2024, 1, 1), d(2024, 12, 31))).isEmpty();
        assertThat(figures.meanStayMonths(List.of("GM9921"), d(2020, 1, 1), d(2020, 12, 31))).isEmpty();
        assertThat(figures.meanStayMonths(List.of(), d(2024, 1, 1), d(2024, 12, 31))).isEmpty();
        assertThat(figures.meanStayMonths(List.of("GM9921"), d(2024, 12, 31), d(2024, 1, 1))).isEmpty();
    }
}
