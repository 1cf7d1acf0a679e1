package nl.thuisbasis.outflow.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.demo.OutflowDemoData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor in English: the page and its chart words, the records behind a figure (title, columns, states, dates) and
 * the CSV and XLSX headers and sheet names show no Dutch that Java wrote; in Dutch the files read as before. With the
 * demo outflow, loaded in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@DisplayName("The outflow monitor in English")
class MonitorInEnglishTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OutflowDemoData demo;

    @BeforeEach
    void demo() {
        demo.load(LocalDate.now(OutflowClock.ZONE));
    }

    @Test
    void the_monitor_page_and_its_charts_read_in_english() throws Exception {
        String html = body(get("regio", "/uitstroom/monitor?lang=en"));
        assertThat(html).contains("Outflow monitor").contains("\"labels\"").contains("Offer within the norm")
                .contains("Share to outflow").contains("January " + LocalDate.now(OutflowClock.ZONE).getYear());
        assertThat(html).doesNotContain("Aanbod binnen").doesNotContain("Aandeel naar uitstroom").doesNotContain("januari")
                .doesNotContain("Regulier huurcontract");
        // the share within the norm says how it is calculated, where the figure is
        assertThat(html).contains("Calculated as: within the norm / (within the norm + after the norm + waiting, norm passed)");
    }

    @Test
    void every_number_of_the_cap_table_leads_to_as_many_records() throws Exception {
        String html = body(get("regio", "/uitstroom/monitor?lang=en"));
        java.util.regex.Matcher links = java.util.regex.Pattern.compile(
                "data-figure=\"(COMMITTED|LET)-([^\"]+)\"[^>]*>(\\d+)</a>").matcher(html);
        int checked = 0;
        while (links.find()) {
            String figure = links.group(1).equals("LET") ? "HOUSED_CORPORATION" : "COMMITTED";
            String records = body(get("regio", "/uitstroom/monitor/records?figuur=" + figure + "&sleutel=" + links.group(2) + "&lang=en"));
            java.util.regex.Matcher count = java.util.regex.Pattern.compile("data-testid=\"record-count\">([^<]*)<").matcher(records);
            assertThat(count.find()).isTrue();
            String digits = count.group(1).replaceAll("\\D", "");
            int shown = digits.isEmpty() ? 0 : Integer.parseInt(digits);
            assertThat(shown).as(links.group()).isEqualTo(Integer.parseInt(links.group(3)));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_records_behind_a_figure_read_in_english() throws Exception {
        String waits = body(get("regio", "/uitstroom/monitor/records?figuur=WAITS&lang=en"));
        assertThat(waits).contains("Waiting time from urgency to offer").contains("Municipality (decision)").contains("Urgency since");
        assertThat(waits).containsPattern("waiting, norm passed|offer within the norm|offer after the norm|waiting, still within");
        assertThat(waits).doesNotContain("Wachttijd van urgentie").doesNotContain("Gemeente (besluit)").doesNotContain("Urgentie sinds")
                .doesNotContain("aanbod binnen").doesNotContain("wacht, ").doesNotContain("aanbod na");
        // dates the English way (16 Nov 2026), not d-M-yyyy
        assertThat(waits).containsPattern(">\\d{1,2} [A-Z][a-z]{2} \\d{4}<").doesNotContainPattern(">\\d{1,2}-\\d{1,2}-\\d{4}<");

        // the selection in words, not the code in the address
        String within = body(get("regio", "/uitstroom/monitor/records?figuur=WAITS&sleutel=WITHIN_NORM&lang=en"));
        assertThat(within).contains("selection: offer within the norm").doesNotContain("selection: WITHIN_NORM");
        String month = body(get("regio", "/uitstroom/monitor/records?figuur=OUTFLOW&sleutel=3&lang=en"));
        assertThat(month).contains("selection: March");
        String dutch = body(get("regio", "/uitstroom/monitor/records?figuur=HOUSED_MUNICIPALITY&sleutel=GM0505&lang=nl"));
        assertThat(dutch).contains("selectie: Dordrecht").doesNotContain("selectie: GM0505");

        String outcomes = body(get("regio", "/uitstroom/monitor/records?figuur=OUTCOME&lang=en"));
        assertThat(outcomes).contains("Outcome of tenancy-with-care agreements at the agreed end").contains("Agreed end");
        assertThat(outcomes).doesNotContain("Afgesproken einde").doesNotContain("regulier huurcontract").doesNotContain("beëindigd")
                .doesNotContain("loopt nog");

        String stalled = body(get("regio", "/uitstroom/monitor/records?figuur=STALLED_OFFERS&lang=en"));
        assertThat(stalled).contains("Stalled offers: without an answer after").doesNotContain("Vastgelopen aanbiedingen");
        String cap = body(get("regio", "/uitstroom/monitor/records?figuur=CAP&sleutel=trivire&lang=en"));
        assertThat(cap).contains("Reported vacated dwellings").doesNotContain("Gemelde vrijgekomen").doesNotContain(">K1<");
    }

    @Test
    void the_files_have_english_headers_and_sheets_in_english_and_the_dutch_ones_in_dutch() throws Exception {
        String csv = body(get("regio", "/uitstroom/monitor/plafond.csv?lang=en"));
        assertThat(csv).contains("corporation;vacated dwellings (reported);let to outflow candidates").containsPattern(";(yes|no)");
        assertThat(csv).doesNotContain("corporatie").doesNotContain(";nee").doesNotContain(";ja");
        String months = body(get("regio", "/uitstroom/monitor/per-maand.csv?lang=en"));
        assertThat(months).contains("month;inflow (urgency granted)").contains("January ").doesNotContain("januari");
        String dutch = body(get("regio", "/uitstroom/monitor/plafond.csv"));
        assertThat(dutch).contains("corporatie;vrijgekomen woningen (gemeld);verhuurd aan uitstromers");

        MvcResult xlsx = get("regio", "/uitstroom/monitor/export.xlsx?lang=en");
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        List<String> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(workbook.getSheet("waiting times").getRow(0).getCell(3).getStringCellValue()).isEqualTo("offer within the norm");
        }
        assertThat(sheets).containsExactly("waiting times", "contingent municipalities", "contingent corporations", "cap",
                "open offers", "outcomes", "per month");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                get("regio", "/uitstroom/monitor/export.xlsx").getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("wachttijd");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("aanbod binnen de norm");
        }
    }

    @Test
    void the_records_a_viewer_reads_are_logged_with_keyed_details() throws Exception {
        String sql = "select count(*) from processing_log where actor = 'regio' and action = 'outflow.candidate.read' "
                + "and details like '{\"key\":\"out.log.monitor.markOnly\"%'";
        long before = jdbc.sql(sql).query(Long.class).single();
        get("regio", "/uitstroom/monitor/records?figuur=WAITS&lang=en");
        assertThat(jdbc.sql(sql).query(Long.class).single()).isGreaterThan(before);
        // the log says which figure and what was shown in words, in the reader's language
        assertThat(body(get("beheerder", "/beheer/logboek?actor=regio&action=outflow.candidate.read&lang=en")))
                .contains("monitor: waiting time to offer (mark only)").doesNotContain("WAITS", "NONE)");
        assertThat(body(get("beheerder", "/beheer/logboek?actor=regio&action=outflow.candidate.read")))
                .contains("monitor: wachttijd tot aanbieding (alleen kenmerk)");
    }

    MvcResult get(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(account(username)))).andReturn();
    }

    static String body(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
