package nl.thuisbasis.planning.demo;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.region.RegionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo planning on the first start (only with {@code thuisbasis.region.load-demo-data}, once): Dordrecht's programme of
 * extra places (Van opvang naar wonen, action line 2.4) as planned items over the half-years 2025-2028, some linked to
 * demo facilities so that the stages show (one slipped); an ambition for the demo region with bids of a few
 * municipalities (one short) and Trivire's commitments. Written as demo data, not through the use cases.
 */
@Component
@Order(70)
class PlanningDemoData implements ApplicationRunner {

    static final String ACTOR = "systeem (demodata)";
    private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

    private final JdbcClient jdbc;
    private final RegionProperties properties;
    private final PlanningAccess access;

    PlanningDemoData(JdbcClient jdbc, RegionProperties properties, PlanningAccess access) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.access = access;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String region = properties.demoRegion();
        if (!properties.loadDemoData() || region == null
                || jdbc.sql("select count(*) from planning_item").query(Long.class).single() > 0) {
            return;
        }
        load(region, access.today());
        log.info("Demo planning loaded for {}", region);
    }

    void load(String region, LocalDate today) {
        int y = today.getYear();
        // Dordrecht's programme: 24 small intermediate places, 30 winter places, 25 Housing First a year, 30 training
        // places, 80 flex places, family crisis places (3 now), 12 Skaeve Huse units, 6-12 time-out, 25 private hosting a year
        item(region, "GM0505", "INTERMEDIATE", "Kleinschalige tussenvoorziening Sterrenburg", 8, 2025, 1, "Tussenvoorziening Sterrenburg");
        item(region, "GM0505", "INTERMEDIATE", "Kleinschalige tussenvoorzieningen in de regio", 16, 2027, 2, null);
        item(region, "GM0505", "SHELTER", "Tijdelijke extra (winter)opvang", 30, 2025, 2, null);
        item(region, "GM0505", "HOUSING_FIRST", "Housing First volwassenen en jongeren", 25, 2026, 1, "(gegenereerd) Dordrecht 12");
        item(region, "GM0505", "HOUSING_FIRST", "Housing First volwassenen en jongeren", 25, 2027, 1, null);
        item(region, "GM0505", "HOUSING_FIRST", "Housing First volwassenen en jongeren", 25, 2028, 1, null);
        item(region, "GM0523", "TRAINING", "Woon- en kamertraining jongvolwassenen", 30, 2026, 2, "(gegenereerd) Hardinxveld-Giessendam 4");
        item(region, "GM0523", "FLEX", "Flexwonen in wooncontainers en leegstaand vastgoed", 80, 2027, 1, "(gegenereerd) Hardinxveld-Giessendam 5");
        item(region, "GM0505", "CRISIS", "Uitbreiding crisisopvang gezinnen", 3, 2025, 1, "Crisisplekken gezinnen");
        item(region, "GM0505", "SKAEVE_HUSE", "Skaeve Huse Merwedehusjes", 12, 2028, 1, "Merwedehusjes uitbreiding (Skaeve Huse)");
        item(region, "GM0642", "CRISIS", "Terugval- en time-outplekken", 6, 2026, 1, null);
        item(region, "GM0505", "SHELTER", "Tijdelijke opvang bij particulieren", 25, 2026, 1, "(gegenereerd) Dordrecht 1");
        item(region, "GM0505", "SHELTER", "Tijdelijke opvang bij particulieren", 25, 2027, 1, null);

        ambition(region, "HOUSING_FIRST", y + 1, 40, "Regionale agenda: Housing First ook buiten Dordrecht");
        ambition(region, "FLEX", y + 1, 30, null);
        ambition(region, "INTERMEDIATE", y + 1, 24, "Woon-tussenvoorzieningen naar de verdeelsleutel");
        ambition(region, "SKAEVE_HUSE", y + 2, 12, null);
        bid(region, "GM0505", "HOUSING_FIRST", y + 1, 25, "Convenant Leger des Heils, SDD en corporaties");
        bid(region, "GM0642", "HOUSING_FIRST", y + 1, 4, null);
        bid(region, "GM0590", "HOUSING_FIRST", y + 1, 1, "Eerst ervaring opdoen");
        bid(region, "GM0505", "INTERMEDIATE", y + 1, 16, null);
        bid(region, "GM0642", "INTERMEDIATE", y + 1, 4, "Plan in voorbereiding");
        commitment(region, "GM0505", y + 1, 30, "Prestatieafspraken Dordrecht");
        commitment(region, "GM0642", y + 1, 6, null);
        commitment(region, "GM0505", y + 2, 30, null);
    }

    private void item(String region, String gm, String type, String concept, int places, int year, int half, String facility) {
        UUID facilityId = facility == null ? null : jdbc.sql("select id from facility where name = ? limit 1").param(facility)
                .query(UUID.class).optional().orElse(null);
        jdbc.sql("""
                insert into planning_item (id, region_code, municipality_code, housing_type, concept, places, planned_year, planned_half,
                    facility_id, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), region, gm, type, concept, places, year, half, facilityId, ACTOR).update();
    }

    private void ambition(String region, String type, int year, int places, String note) {
        jdbc.sql("""
                insert into planning_ambition (id, region_code, housing_type, year, places, care_load_correction, note, updated_by)
                values (?, ?, ?, ?, ?, true, ?, ?) on conflict do nothing""").params(UUID.randomUUID(), region, type, year, places, note, ACTOR).update();
    }

    private void bid(String region, String gm, String type, int year, int places, String note) {
        jdbc.sql("""
                insert into planning_bid (id, region_code, municipality_code, housing_type, year, places, note, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""").params(UUID.randomUUID(), region, gm, type, year, places, note, ACTOR).update();
    }

    private void commitment(String region, String gm, int year, int dwellings, String note) {
        jdbc.sql("""
                insert into planning_commitment (id, region_code, corporation_code, municipality_code, year, dwellings, note, updated_by)
                values (?, ?, 'trivire', ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), region, gm, year, dwellings, note, ACTOR).update();
    }
}
