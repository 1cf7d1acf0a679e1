package nl.thuisbasis.oversight.location;

import nl.thuisbasis.facility.FacilityClosed;
import nl.thuisbasis.facility.FacilityRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What oversight keeps of the facility register's facts: a contracted facility gets its oversight profile (dormant,
 * nothing known yet) as soon as it is registered, and a closed facility is marked closed, so its open improvement
 * actions no longer count as overdue on the municipality's overview.
 */
@Component
class FacilityFacts {

    static final String ACTOR = "voorzieningenregister";

    private final JdbcClient jdbc;

    FacilityFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(FacilityRegistered registered) {
        if (registered.contracted()) {
            jdbc.sql("insert into oversight_profile (facility_id, updated_by) values (?, ?) on conflict do nothing")
                    .params(registered.facility().value(), ACTOR).update();
        }
    }

    @ApplicationModuleListener
    void on(FacilityClosed closed) {
        jdbc.sql("""
                insert into oversight_profile (facility_id, updated_by, facility_closed_on) values (?, ?, ?)
                on conflict (facility_id) do update set facility_closed_on = excluded.facility_closed_on""")
                .params(closed.facility().value(), ACTOR, closed.closedOn()).update();
    }
}
