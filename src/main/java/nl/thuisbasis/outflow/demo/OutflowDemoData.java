package nl.thuisbasis.outflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.thuisbasis.outflow.OutflowProperties;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.contingent.Contingents;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo outflow for the demo region on the first start: the contingent of 50 a year (split by households, seed 003),
 * demo stock per corporation, the regional-ties rule with exceptions recorded for those it would shut out, quarterly
 * vacancy totals, and generated candidates (references DEMO-...) and vacancies in every stage: registered, urgency
 * granted and ready, offered (one stalled), housed with agreements in their evaluations and outcomes, withdrawn. All
 * generated, no real people; the addresses are on generated streets.
 */
@Component
@Order(50)
public class OutflowDemoData implements ApplicationRunner {

    static final String ACTOR = "systeem (demodata)";
    private static final Logger log = LoggerFactory.getLogger(OutflowDemoData.class);
    private static final String[] PROVIDERS = {"leger-des-heils", "leger-des-heils", "yulius", "asvz", "pameijer"};
    private static final String[] CORPORATIONS = {"trivire", "woonkwartier", "alwel"};
    private static final String[] STREETS = {"Proefstraat", "Voorbeeldlaan", "Demohof", "Oefenweg", "Testkade", "Schetspad"};
    private static final String[] CATEGORIES = {"SHELTER", "SHELTER", "PROTECTED_HOUSING", "PROTECTED_HOUSING", "YOUTH_CARE", "OTHER"};

    private final JdbcClient jdbc;
    private final RegionCatalog catalog;
    private final Contingents contingents;
    private final OutflowProperties properties;

    OutflowDemoData(JdbcClient jdbc, RegionCatalog catalog, Contingents contingents, OutflowProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.contingents = contingents;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.loadDemoData() && jdbc.sql("select count(*) from candidate").query(Long.class).single() == 0) {
            load(LocalDate.now(OutflowClock.ZONE));
        }
    }

    /** Loads the demo outflow as of {@code today}; returns how many candidates it made. */
    public int load(LocalDate today) {
        Region region = catalog.region(properties.defaultRegion()).orElse(null);
        if (region == null) {
            return 0;
        }
        Random random = new Random(2026);
        int year = today.getYear();
        String decided = "Bestuurlijk overleg Wonen en Zorg Drechtsteden/Alblasserwaard (demo)";
        contingents.store(contingents.preview(region.code(), year, 50, false), decided, ACTOR);
        contingents.store(contingents.preview(region.code(), year - 1, 50, false), decided, ACTOR);
        jdbc.sql("insert into outflow_setting (region_code, version, updated_by, updated_at) values (?, 1, ?, now()) on conflict do nothing")
                .params(region.code(), ACTOR).update();
        UUID ties = UUID.randomUUID();
        jdbc.sql("insert into eligibility_rule (id, region_code, kind, parameter, description, created_by) values (?, ?, 'MIN_REGIONAL_TIES_YEARS', 3, ?, ?)")
                .params(ties, region.code(), "Minimaal 3 jaar regiobinding", ACTOR).update();
        jdbc.sql("""
                insert into eligibility_rule (id, region_code, kind, description, active, created_by)
                values (?, ?, 'PRIOR_OWN_DWELLING', ?, false, ?)""")
                .params(UUID.randomUUID(), region.code(), "Eerder zelfstandige woonruimte gehad (vervallen: sloot jongeren uit)", ACTOR).update();
        for (String gm : region.municipalityCodes()) {
            for (int c = 0; c < CORPORATIONS.length; c++) {
                if (c == 0 || random.nextInt(3) == 0) {
                    int dwellings = 400 + random.nextInt(gm.equals("GM0505") ? 9000 : 2500);
                    for (int y = year - 1; y <= year; y++) {
                        jdbc.sql("""
                                insert into corporation_stock (region_code, year, municipality_code, corporation_code, dwellings, recorded_by)
                                values (?, ?, ?, ?, ?, ?)""").params(region.code(), y, gm, CORPORATIONS[c], dwellings, ACTOR).update();
                    }
                }
            }
        }
        int currentQuarter = (today.getMonthValue() - 1) / 3 + 1;
        for (String corporation : CORPORATIONS) {
            for (int y = year - 1; y <= year; y++) {
                for (int q = 1; q <= (y == year ? currentQuarter : 4); q++) {
                    int total = corporation.equals("alwel") ? 8 + random.nextInt(6) : 40 + random.nextInt(40);
                    jdbc.sql("insert into vacancy_total (corporation_code, year, quarter, total, reported_by) values (?, ?, ?, ?, ?)")
                            .params(corporation, y, q, total, ACTOR).update();
                }
            }
        }

        List<String> municipalities = region.municipalityCodes();
        int made = 0;
        for (int i = 1; i <= 40; i++) {
            String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
            String deciding = random.nextInt(10) < 6 ? region.centralMunicipalityCode()
                    : municipalities.get(random.nextInt(municipalities.size()));
            List<String> accepted = new ArrayList<>(List.of(deciding));
            while (accepted.size() < 1 + random.nextInt(3)) {
                String gm = municipalities.get(random.nextInt(municipalities.size()));
                if (!accepted.contains(gm)) {
                    accepted.add(gm);
                }
            }
            int adults = random.nextInt(8) == 0 ? 2 : 1;
            int children = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0;
            int bedrooms = children == 0 ? 1 : 1 + (children + 1) / 2;
            String age = children > 0 ? "Y27_44" : new String[] {"Y18_22", "Y23_26", "Y27_44", "Y27_44", "Y45_66"}[random.nextInt(5)];
            String category = age.equals("Y18_22") ? "YOUTH_CARE" : CATEGORIES[random.nextInt(CATEGORIES.length)];
            String target = random.nextInt(4) == 0 ? "HOUSING_FIRST" : "TENANCY_WITH_CARE";
            int tiesYears = random.nextInt(5) == 0 ? random.nextInt(3) : 3 + random.nextInt(20);
            // the stage: 1-5 registered, 6-10 urgency but not yet ready, 11-22 in the pool, 23 offered and stalled,
            // 24-25 offered, 26-38 housed, 39-40 withdrawn
            // some of the housed came in long enough ago for their agreement to have reached its end and an outcome
            LocalDate registered = today.minusDays(i >= 26 && i <= 32 ? 450 + random.nextInt(200) : 30 + random.nextInt(400));
            UUID id = UUID.randomUUID();
            String reference = "DEMO-%04d".formatted(i);
            String status = i <= 5 ? "REGISTERED" : i <= 22 ? "URGENCY_GRANTED" : i <= 25 ? "OFFERED" : i <= 38 ? "HOUSED" : "WITHDRAWN";
            LocalDate urgency = status.equals("REGISTERED") ? null : registered.plusDays(7 + random.nextInt(30));
            if (urgency != null && urgency.isAfter(today)) {
                urgency = today.minusDays(3);
            }
            boolean ready = i > 10;
            LocalDate readyOn = ready && urgency != null ? urgency.plusDays(random.nextInt(20)) : null;
            if (readyOn != null && readyOn.isAfter(today)) {
                readyOn = today;
            }
            jdbc.sql("""
                    insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children, age_band,
                        income_band, needs_ground_floor, needs_lift, needs_wheelchair, bedrooms_needed, origin_municipality,
                        support_provider, support_intensity, target_housing, category, regional_ties_years, had_own_dwelling,
                        consent_on, status, urgency_granted_on, urgency_decision, urgency_granted_by, ready_on, ready_confirmed_by,
                        registered_by, registered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, region.code(), reference, provider, deciding, adults, children, age,
                            random.nextInt(6) == 0 ? "MIDDLE" : "LOW", random.nextInt(10) == 0, random.nextInt(8) == 0,
                            random.nextInt(25) == 0, bedrooms, random.nextInt(5) == 0 ? municipalities.get(random.nextInt(municipalities.size())) : deciding,
                            provider, new String[] {"LIGHT", "MEDIUM", "INTENSIVE"}[random.nextInt(3)], target, category, tiesYears,
                            random.nextBoolean(), registered, status, urgency, urgency == null ? null : "DEMO/URG/" + i,
                            urgency == null ? null : ACTOR, readyOn, readyOn == null ? null : "Demo begeleider (woonvaardigheid, ZRM)", ACTOR,
                            java.sql.Timestamp.from(registered.atStartOfDay(OutflowClock.ZONE).toInstant()))
                    .update();
            for (int r = 0; r < accepted.size(); r++) {
                jdbc.sql("insert into candidate_municipality (candidate_id, rank, municipality_code) values (?, ?, ?)")
                        .params(id, r + 1, accepted.get(r)).update();
            }
            if (random.nextInt(6) == 0) {
                List<Area> areas = catalog.finestAreas(deciding);
                if (!areas.isEmpty()) {
                    jdbc.sql("insert into candidate_exclusion (candidate_id, neighbourhood_code, reason) values (?, ?, ?)")
                            .params(id, areas.get(random.nextInt(areas.size())).code(),
                                    new String[] {"SAFETY", "NETWORK", "RELAPSE_RISK"}[random.nextInt(3)]).update();
                }
            }
            if (tiesYears < 3 && urgency != null) {
                jdbc.sql("insert into eligibility_exception (id, candidate_id, rule_id, reason, decided_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), id, ties, "Korte regiobinding; netwerk en begeleiding zitten in de regio (demo)",
                                urgency, ACTOR).update();
            }
            history(id, null, "REGISTERED", "Aangemeld voor de voorrangsregeling", registered);
            if (urgency != null) {
                history(id, "REGISTERED", "URGENCY_GRANTED", "Urgentie verleend (DEMO/URG/" + i + ")", urgency);
            }
            if (status.equals("OFFERED") || status.equals("HOUSED")) {
                housed(id, i, provider, accepted.get(0), bedrooms, age.equals("Y18_22") && adults + children == 1, urgency,
                        status.equals("HOUSED"), today, random);
            }
            if (status.equals("WITHDRAWN")) {
                history(id, urgency == null ? "REGISTERED" : "URGENCY_GRANTED", "WITHDRAWN", "Verhuisd buiten de regio (demo)",
                        today.minusDays(10));
            }
            made++;
        }
        for (int v = 0; v < 14; v++) {
            String gm = v < 6 ? region.centralMunicipalityCode() : municipalities.get(random.nextInt(municipalities.size()));
            // two small, cheap dwellings: within the quality-discount limit that binds a single person under 23
            vacancy(region, gm, CORPORATIONS[random.nextInt(CORPORATIONS.length)], "OPEN", today.plusDays(random.nextInt(60)),
                    v < 2 ? 1 : 1 + random.nextInt(3), v < 2 ? 44000 + random.nextInt(3000) : null, random);
        }
        log.info("Loaded demo outflow: contingent 50 for {} and {}, {} generated candidates, 14 open vacancies", year - 1, year, made);
        return made;
    }

    /** An offer (answered or not) for a candidate, with its dwelling, and for the housed ones the agreement. */
    private void housed(UUID candidate, int i, String provider, String municipality, int bedrooms, boolean youngAndSingle,
            LocalDate urgency, boolean accepted, LocalDate today, Random random) {
        String corporation = CORPORATIONS[i % CORPORATIONS.length];
        LocalDate offered = accepted ? urgency.plusDays(20 + random.nextInt(120)) : today.minusDays(i == 23 ? 12 : 2 + random.nextInt(3));
        if (!offered.isBefore(today)) {
            offered = today.minusDays(2);
        }
        if (offered.isBefore(urgency)) {
            offered = urgency;
        }
        UUID vacancy = vacancy(catalog.region(properties.defaultRegion()).orElseThrow(), municipality, corporation,
                accepted ? "LET" : "OFFERED", offered.minusDays(5), bedrooms,
                youngAndSingle ? 44000 + random.nextInt(3000) : 50000 + random.nextInt(15000), random);
        UUID proposal = UUID.randomUUID();
        // the system's reason for letting the proposal go, as a message key (read in each reader's language)
        jdbc.sql("""
                insert into proposal (id, vacancy_id, candidate_id, ranked_place, proposed_by, proposed_at, released_at,
                    release_reason_key) values (?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(proposal, vacancy, candidate, ACTOR, ts(offered.minusDays(3)), accepted ? ts(offered.plusDays(4)) : null,
                        accepted ? "out.proposal.released.offerAccepted" : null).update();
        history(candidate, "URGENCY_GRANTED", "PROPOSED", "Voorstel uit de matchingronde overgenomen", offered.minusDays(3));
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status,
                    answered_on, answered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(offer, vacancy, candidate, corporation, provider, offered, ACTOR, accepted ? "ACCEPTED" : "OPEN",
                        accepted ? offered.plusDays(4) : null, accepted ? ACTOR : null).update();
        history(candidate, "PROPOSED", "OFFERED", "Woning aangeboden", offered);
        if (!accepted) {
            return;
        }
        LocalDate starts = offered.plusDays(14);
        history(candidate, "OFFERED", "HOUSED", "Aanbieding aanvaard; huurzorgovereenkomst", offered.plusDays(4));
        UUID tenancy = UUID.randomUUID();
        LocalDate end = starts.plusMonths(12);
        jdbc.sql("""
                insert into tenancy (id, offer_id, candidate_id, vacancy_id, corporation_code, provider_code, municipality_code,
                    starts_on, agreed_ends_on, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenancy, offer, candidate, vacancy, corporation, provider, municipality, starts, end, end).update();
        for (int month : nl.thuisbasis.outflow.domain.OutflowNorms.evaluationMonths(12)) {
            LocalDate due = starts.plusMonths(month);
            boolean held = due.isBefore(today.minusDays(10)) && !(i == 26 && month == 6);
            jdbc.sql("""
                    insert into tenancy_evaluation (tenancy_id, month, due_on, held_on, summary, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenancy, month, due, held ? due.plusDays(3) : null,
                            held ? "Evaluatie met huurder, begeleider en corporatie: afspraken lopen (demo)" : null,
                            held ? ACTOR : null, held ? ts(due.plusDays(3)) : null).update();
        }
        if (!end.isAfter(today.minusDays(5))) {
            String outcome = i == 27 ? "ENDED" : i == 28 ? "EXTENDED" : "REGULAR_LEASE";
            String reason = i == 27 ? "RELAPSE" : null;
            LocalDate decidedOn = end.minusDays(3);
            LocalDate endsOn = outcome.equals("EXTENDED") ? end.plusMonths(6) : end;
            jdbc.sql("""
                    update tenancy set outcome = ?, end_reason = ?, outcome_on = ?, outcome_by = ?, ends_on = ? where id = ?""")
                    .params(outcome, reason, decidedOn, ACTOR, endsOn, tenancy).update();
            jdbc.sql("""
                    insert into tenancy_outcome (id, tenancy_id, outcome, end_reason, decided_on, note, recorded_by)
                    values (?, ?, ?, ?, ?, 'Demo-uitkomst', ?)""")
                    .params(UUID.randomUUID(), tenancy, outcome, reason, decidedOn, ACTOR).update();
            if (outcome.equals("EXTENDED")) {
                jdbc.sql("insert into tenancy_evaluation (tenancy_id, month, due_on) values (?, 18, ?)").params(tenancy, endsOn).update();
            }
        }
    }

    private UUID vacancy(Region region, String municipality, String corporation, String status, LocalDate available,
            int bedrooms, Integer rentCents, Random random) {
        List<Area> areas = catalog.finestAreas(municipality);
        String neighbourhood = areas.isEmpty() ? municipality : areas.get(random.nextInt(areas.size())).code();
        UUID id = UUID.randomUUID();
        int floor = random.nextInt(4);
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code, neighbourhood_code,
                    bedrooms, rent_cents, floor, lift, wheelchair, available_from, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, region.code(), corporation, STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180))
                        + " (gegenereerd)", (3300 + random.nextInt(90)) + " " + (char) ('A' + random.nextInt(20))
                        + (char) ('A' + random.nextInt(20)), municipality, neighbourhood, bedrooms,
                        rentCents != null ? rentCents : 52000 + random.nextInt(20000) + bedrooms * 1500, floor, floor > 1 && random.nextBoolean(),
                        floor == 0 && random.nextInt(4) == 0, available, status, ACTOR)
                .update();
        return id;
    }

    private void history(UUID candidate, String from, String to, String reason, LocalDate on) {
        jdbc.sql("insert into candidate_status_change (id, candidate_id, from_status, to_status, reason, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), candidate, from, to, reason, ACTOR, ts(on)).update();
    }

    private static java.sql.Timestamp ts(LocalDate day) {
        return java.sql.Timestamp.from(day.atTime(10, 0).atZone(OutflowClock.ZONE).toInstant());
    }
}
