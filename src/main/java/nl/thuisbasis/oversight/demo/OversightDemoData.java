package nl.thuisbasis.oversight.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.oversight.OversightProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo oversight on the first start, after the demo register: the Skaeve Huse management group that the Dordrecht
 * letter describes (8 residents, 2 businesses and the partners), a covenant, a night shelter on the active basic
 * regime, and a location in an improvement track with one overdue action. Scores are demo values, marked as such.
 * The texts are what people would have typed, so they are Dutch like the demo register.
 */
@Component
@Order(40)
class OversightDemoData implements ApplicationRunner {

    static final String ACTOR = "systeem (demodata)";
    private static final Logger log = LoggerFactory.getLogger(OversightDemoData.class);

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final boolean enabled;

    OversightDemoData(JdbcClient jdbc, FacilityRegister register, OversightProperties properties) {
        this.jdbc = jdbc;
        this.register = register;
        this.enabled = properties.loadDemoData();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("select count(*) from oversight_profile").query(Long.class).single() > 0) {
            return;
        }
        Map<String, UUID> ids = register.forCapacityScan().stream()
                .collect(Collectors.toMap(Facility::name, f -> f.id().value(), (a, b) -> a));
        UUID skaeve = ids.get("Skaeve Huse Kerkeplaat");
        UUID kromhout = ids.get("Nacht- en crisisopvang Kromhout/Kasperspad");
        UUID sterrenburg = ids.get("Tussenvoorziening Sterrenburg");
        if (skaeve == null || kromhout == null || sterrenburg == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        profile(skaeve, true, "elk kwartaal", today.minusDays(40), today.plusDays(50), "ACTIVE_BASIC",
                LocalDate.of(2018, 9, 15), today.minusMonths(13), true, true);
        members(skaeve, Map.of("RESIDENTS", "8 bewoners van de Staart", "BUSINESSES", "2 ondernemers", "PROVIDER",
                "Leger des Heils (sociaal beheerder)", "MUNICIPALITY", "Gemeente Dordrecht, wijkregisseur", "POLICE",
                "Wijkagent Staart", "CORPORATION", "Trivire"));
        move(skaeve, "DORMANT", "ACTIVE_BASIC", "In gebruik genomen: de beheergroep houdt de vinger aan de pols", LocalDate.of(2018, 12, 1));
        measurement(skaeve, "BASELINE", "Nulmeting ervaren leefbaarheid en veiligheid (Onderzoekscentrum Drechtsteden)",
                "6.4", LocalDate.of(2018, 8, 1));
        measurement(skaeve, "FOLLOW_UP", "Vervolgmeting ervaren leefbaarheid en veiligheid", "6.8", LocalDate.of(2020, 9, 1));

        profile(kromhout, true, "elke zes weken", today.minusDays(20), today.plusDays(22), "ACTIVE_BASIC",
                LocalDate.of(2021, 3, 1), today.minusMonths(30), true, false);
        members(kromhout, Map.of("RESIDENTS", "Bewonerscommissie binnenstad", "PROVIDER", "Leger des Heils", "MUNICIPALITY",
                "Gemeente Dordrecht", "POLICE", "Wijkagent binnenstad"));
        move(kromhout, "DORMANT", "ACTIVE_BASIC", "Meldingen over rondhangen bij de ingang in de winter", today.minusMonths(7));

        profile(sterrenburg, true, "maandelijks", today.minusDays(10), today.plusDays(20), "IMPROVEMENT_TRACK",
                LocalDate.of(2022, 5, 1), today.minusMonths(8), true, true);
        members(sterrenburg, Map.of("RESIDENTS", "Buurtvereniging Sterrenburg", "PROVIDER", "Yulius", "MUNICIPALITY",
                "Gemeente Dordrecht", "POLICE", "Wijkagent Sterrenburg", "CORPORATION", "Trivire"));
        move(sterrenburg, "DORMANT", "ACTIVE_BASIC", "Geluidsoverlast in de avond", today.minusMonths(10));
        move(sterrenburg, "ACTIVE_BASIC", "STRICTER", "Aanhoudende overlast ondanks afspraken", today.minusMonths(6));
        move(sterrenburg, "STRICTER", "IMPROVEMENT_TRACK", "Geen verbetering na drie maanden verscherpt regime", today.minusMonths(2));
        UUID track = UUID.randomUUID();
        jdbc.sql("insert into improvement_track (id, facility_id, started_on, goal, started_by) values (?, ?, ?, ?, ?)")
                .params(track, sterrenburg, today.minusMonths(2), "Overlast in de avond terug naar het niveau van een actief basisregime", ACTOR)
                .update();
        action(track, "Extra begeleiding tussen 19 en 23 uur", "yulius", today.minusDays(10), "OPEN");
        action(track, "Huisregels opnieuw met alle bewoners doornemen", "yulius", today.minusDays(30), "DONE");
        action(track, "Verlichting en camera bij de achteringang", "Gemeente Dordrecht", today.plusDays(21), "IN_PROGRESS");
        action(track, "Buurtavond met omwonenden", "Gemeente Dordrecht", today.plusDays(45), "OPEN");
        log.info("Loaded demo oversight for 3 locations");
    }

    private void profile(UUID facility, boolean committee, String cadence, LocalDate last, LocalDate next, String regime,
            LocalDate signed, LocalDate review, boolean register, boolean card) {
        jdbc.sql("""
                insert into oversight_profile (facility_id, committee_present, meeting_cadence, last_meeting, next_meeting,
                    covenant_present, covenant_signed_on, covenant_last_review, covenant_has_register, covenant_has_report_card,
                    regime, updated_by)
                values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?)""")
                .params(facility, committee, cadence, last, next, signed, review, register, card, regime, ACTOR).update();
    }

    private void members(UUID facility, Map<String, String> members) {
        members.forEach((party, who) -> jdbc.sql("insert into committee_member (facility_id, party, represented_by) values (?, ?, ?)")
                .params(facility, party, who).update());
        jdbc.sql("update oversight_profile set committee_parties = ?::varchar[] where facility_id = ?")
                .params("{" + String.join(",", members.keySet()) + "}", facility).update();
    }

    private void move(UUID facility, String from, String to, String reason, LocalDate on) {
        jdbc.sql("""
                insert into regime_change (id, facility_id, from_regime, to_regime, reason, decided_by, decided_on, recorded_by)
                values (?, ?, ?, ?, ?, 'Overleg zorg en veiligheid Dordrecht', ?, ?)""")
                .params(UUID.randomUUID(), facility, from, to, reason, on, ACTOR).update();
    }

    private void measurement(UUID facility, String kind, String method, String score, LocalDate on) {
        jdbc.sql("""
                insert into liveability_measurement (id, facility_id, kind, method, score, measured_on, notes, recorded_by)
                values (?, ?, ?, ?, ?, ?, 'Demowaarde, geen echte meting', ?)""")
                .params(UUID.randomUUID(), facility, kind, method, new BigDecimal(score), on, ACTOR).update();
    }

    private void action(UUID track, String description, String owner, LocalDate deadline, String status) {
        jdbc.sql("""
                insert into improvement_action (id, track_id, description, owner_organisation, deadline, status, done_on, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), track, description, owner, deadline, status,
                        "DONE".equals(status) ? deadline : null, ACTOR, ACTOR).update();
    }
}
