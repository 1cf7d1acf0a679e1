package nl.thuisbasis.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityClosed;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegistered;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The oversight module")
class OversightModuleTest {

    @Autowired
    Locations locations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void a_facility_nobody_logged_in_sees_has_no_oversight_to_show() {
        assertThat(locations.profile(LocationId.of(FacilityId.random()))).isEmpty();
    }

    @Test
    void a_contracted_facility_registered_in_the_register_gets_a_dormant_oversight_profile(Scenario scenario) {
        FacilityId facility = FacilityId.random();

        scenario.publish(new FacilityRegistered(facility, FacilityType.NIGHT_SHELTER, FacilityStatus.IN_USE, "GM0505", true))
                .andWaitForStateChange(() -> regime(facility), Optional::isPresent)
                .andVerify(regime -> assertThat(regime).contains("DORMANT"));
    }

    @Test
    void a_facility_that_is_not_contracted_gets_no_oversight_profile(Scenario scenario) {
        FacilityId contracted = FacilityId.random();
        FacilityId other = FacilityId.random();

        scenario.stimulate(() -> {
            events.publishEvent(new FacilityRegistered(other, FacilityType.NIGHT_SHELTER, FacilityStatus.IN_USE, "GM0505", false));
            events.publishEvent(new FacilityRegistered(contracted, FacilityType.NIGHT_SHELTER, FacilityStatus.IN_USE, "GM0505", true));
        }).andWaitForStateChange(() -> regime(contracted).isPresent() && !pending(other) && !pending(contracted), done -> done)
                .andVerify(done -> assertThat(regime(other)).isEmpty());
    }

    @Test
    void the_open_actions_of_a_location_whose_facility_closed_are_no_longer_overdue(Scenario scenario) {
        FacilityId facility = FacilityId.random();
        jdbc.sql("insert into oversight_profile (facility_id, regime, updated_by) values (?, 'IMPROVEMENT_TRACK', 'test')")
                .param(facility.value()).update();
        UUID track = UUID.randomUUID();
        jdbc.sql("insert into improvement_track (id, facility_id, started_on, goal, started_by) values (?, ?, ?, 'Rust', 'test')")
                .params(track, facility.value(), LocalDate.now().minusMonths(3)).update();
        jdbc.sql("""
                insert into improvement_action (id, track_id, description, owner_organisation, deadline, status, created_by,
                    updated_by)
                values (?, ?, 'Huisregels opstellen', 'leger-des-heils', ?, 'OPEN', 'test', 'test')""")
                .params(UUID.randomUUID(), track, LocalDate.now().minusWeeks(2)).update();
        assertThat(overdueActions(facility)).isEqualTo(1);

        scenario.publish(new FacilityClosed(facility, LocalDate.now()))
                .andWaitForStateChange(() -> overdueActions(facility), n -> n == 0)
                .andVerify(n -> assertThat(jdbc.sql("select facility_closed_on from oversight_profile where facility_id = ?")
                        .param(facility.value()).query(LocalDate.class).single()).isEqualTo(LocalDate.now()));
    }

    private Optional<String> regime(FacilityId facility) {
        return jdbc.sql("select regime from oversight_profile where facility_id = ?").param(facility.value())
                .query(String.class).optional();
    }

    /** Whether an event about this facility still waits for its listener (completed ones are removed). */
    private boolean pending(FacilityId facility) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + facility.value() + "%").query(Long.class).single() > 0;
    }

    private long overdueActions(FacilityId facility) {
        return jdbc.sql("""
                select count(*) from improvement_action a join improvement_track t on t.id = a.track_id
                    join oversight_profile p on p.facility_id = t.facility_id
                where t.facility_id = ? and t.ended_on is null and a.status in ('OPEN', 'IN_PROGRESS')
                    and a.deadline < current_date and p.facility_closed_on is null""")
                .param(facility.value()).query(Long.class).single();
    }
}
