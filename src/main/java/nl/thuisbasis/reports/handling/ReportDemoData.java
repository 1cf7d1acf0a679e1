package nl.thuisbasis.reports.handling;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.domain.TrackingCode;
import nl.thuisbasis.platform.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo reports on the first start: generated texts without any person in them, spread over the past year, so the
 * queue, the deadlines, the oversight trend and the regime suggestion have something to show. Never in production.
 */
@Component
@Order(41)
class ReportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ReportProperties properties;
    private int counter;

    ReportDemoData(JdbcClient jdbc, FacilityRegister register, ReportProperties properties) {
        this.jdbc = jdbc;
        this.register = register;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.loadDemoData() || jdbc.sql("select count(*) from report").query(Long.class).single() > 0) {
            return;
        }
        Map<String, Facility> byName = register.forCapacityScan().stream()
                .collect(Collectors.toMap(Facility::name, f -> f, (a, b) -> a));
        Facility kromhout = byName.get("Nacht- en crisisopvang Kromhout/Kasperspad");
        Facility skaeve = byName.get("Skaeve Huse Kerkeplaat");
        if (kromhout == null || skaeve == null) {
            return;
        }
        // the night shelter: quiet earlier in the year, busier in the last three months
        report(kromhout, "LOITERING", "Groepje bij de ingang tot laat in de avond.", 250, "CLOSED", "We hebben extra toezicht bij de ingang afgesproken.");
        report(kromhout, "LITTER", "Blikjes en afval in het plantsoen naast de opvang.", 200, "CLOSED", "Het plantsoen is opgeruimd; de beheerder loopt dagelijks een ronde.");
        report(kromhout, "NOISE", "Geschreeuw op straat rond middernacht.", 140, "CLOSED", "Besproken met de nachtdienst.");
        report(kromhout, "LOITERING", "Mensen wachten voor de deur voordat de opvang opengaat.", 80, "CLOSED", "De deur gaat voortaan een kwartier eerder open.");
        report(kromhout, "NOISE", "Harde muziek uit een geparkeerde auto.", 60, "CLOSED", "Doorgegeven aan de wijkagent.");
        report(kromhout, "DRUGS_ALCOHOL", "Drankgebruik op het bankje voor nummer 12.", 45, "CLOSED", "Besproken met de begeleiding.");
        report(kromhout, "LITTER", "Zakken afval naast de container.", 30, "IN_PROGRESS", null);
        report(kromhout, "LOITERING", "Groepje bij de speeltuin in de middag.", 21, "RECEIVED", null);
        report(kromhout, "NOISE", "Ruzie op straat, iemand sloeg met een deur.", 6, "ACKNOWLEDGED", "We zoeken uit wat er gebeurd is.");
        report(kromhout, "COMPLIMENT", "Fijn dat de stoep nu elke ochtend geveegd wordt.", 12, "CLOSED", "Dank u wel, we geven het door.");
        // Skaeve Huse: mostly quiet
        report(skaeve, "COMPLIMENT", "De tuintjes bij de huisjes zien er goed uit.", 100, "CLOSED", "Dank u wel, de bewoners zijn er trots op.");
        report(skaeve, "LITTER", "Afval naast de huisjes na de storm.", 170, "CLOSED", "Opgeruimd door de sociaal beheerder.");
        log.info("Loaded {} demo reports", counter);
    }

    private void report(Facility facility, String category, String text, int daysAgo, String status, String reply) {
        counter++;
        UUID id = UUID.randomUUID();
        ZonedDateTime received = ZonedDateTime.now(WorkingDays.ZONE).minusDays(daysAgo).withHour(9 + counter % 10).withMinute(counter * 7 % 60);
        LocalDate day = received.toLocalDate();
        ReportProperties.Deadline deadline = properties.deadline(category);
        String code = demoCode(counter);
        jdbc.sql("""
                insert into report (id, tracking_code, facility_id, category, description, status, received_at, closed_at,
                    acknowledged_at, municipality_code, routed_to, route_target, acknowledge_by, resolve_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROVIDER', ?, ?)""")
                .params(id, code, facility.id().value(), category, "Demomelding: " + text, status, Timestamp.from(received.toInstant()),
                        "CLOSED".equals(status) ? Timestamp.from(received.plusDays(4).toInstant()) : null,
                        "RECEIVED".equals(status) ? null : Timestamp.from(received.plusDays(1).toInstant()),
                        facility.municipalityCode(), facility.providerCode(),
                        WorkingDays.deadline(day, deadline.acknowledge()), WorkingDays.deadline(day, deadline.resolve()))
                .update();
        change(id, "RECEIVED", null, "melder", received);
        if (!"RECEIVED".equals(status)) {
            change(id, "ACKNOWLEDGED", "CLOSED".equals(status) ? null : reply, "demodata", received.plusDays(1));
        }
        if ("IN_PROGRESS".equals(status)) {
            change(id, "IN_PROGRESS", null, "demodata", received.plusDays(2));
        }
        if ("CLOSED".equals(status)) {
            change(id, "CLOSED", reply, "demodata", received.plusDays(4));
        }
    }

    private void change(UUID report, String status, String note, String by, ZonedDateTime at) {
        jdbc.sql("insert into report_status_change (id, report_id, status, public_note, changed_by, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), report, status, note, by, Timestamp.from(at.toInstant())).update();
    }

    /** The tracking code of the n-th demo report: in the code alphabet, so that it can be followed like any other. */
    static String demoCode(int counter) {
        return "DEMAAA" + TrackingCode.ALPHABET.charAt(counter / 32 % 32) + TrackingCode.ALPHABET.charAt(counter % 32);
    }
}
