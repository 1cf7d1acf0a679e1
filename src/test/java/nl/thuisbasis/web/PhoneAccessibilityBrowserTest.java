package nl.thuisbasis.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff pages with wide tables on a 390 px phone, in Dutch and English: a table that does not fit scrolls inside its
 * container, which the keyboard can reach (axe-core: scrollable-region-focusable), and no page scrolls sideways.
 */
@DisplayName("Wide tables on a phone (axe-core)")
class PhoneAccessibilityBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("the oversight location, the contingents and a scan result pass axe-core at 390 px in Dutch and English")
    void wideTablesOnAPhone() {
        String location = jdbc.sql("select id::text from facility where name = 'Beschermd wonen Noordendijk'").query(String.class)
                .single();
        logIn("gemeente");
        page.setViewportSize(390, 844);
        for (String lang : new String[] {"nl", "en"}) {
            open("/toezicht/locaties/" + location + "?lang=" + lang);
            checkPage("phone-oversight-location-" + lang);
            assertNoSidewaysScroll();
            open("/uitstroom/contingenten?lang=" + lang);
            checkPage("phone-contingents-" + lang);
            assertNoSidewaysScroll();
            open("/draagkracht/scan?lon=4.6725&lat=51.8115&type=HOUSING_FIRST&capacity=1&lang=" + lang);
            checkPage("phone-scan-result-" + lang);
            assertNoSidewaysScroll();
        }
    }

    private void assertNoSidewaysScroll() {
        Object wider = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        org.assertj.core.api.Assertions.assertThat(wider).as("page scrolls sideways at 390 px: %s", page.url()).isEqualTo(false);
    }
}
