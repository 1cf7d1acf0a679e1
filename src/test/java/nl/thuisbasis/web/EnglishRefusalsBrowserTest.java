package nl.thuisbasis.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone who reads English gets a refusal in English: in outflow, oversight and reports, the error summary and the
 * messages next to the fields hold no Dutch sentence that the application built, on a desktop and on a phone.
 */
@DisplayName("Refusals in English")
class EnglishRefusalsBrowserTest extends BrowserTestSupport {

    /** Words that only Dutch sentences have (none of them is an English word). */
    static final Set<String> DUTCH = Set.of("de", "het", "een", "van", "niet", "geen", "voor", "bij", "moet", "zijn",
            "wordt", "kies", "geef", "vul", "datum", "gemeente", "dit", "deze", "uw", "hoogstens", "tekens", "ontbreekt",
            "verplicht", "klopt", "waar", "wat", "reden", "aantal", "heel", "getal", "niets", "opgeslagen", "vastgelegd",
            "melding", "kandidaat", "toestemming", "beschrijf", "welke", "naar", "wie");

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a neighbour's empty report is refused in English, next to the fields, also on a phone")
    void reports() {
        page.setViewportSize(390, 844);
        open("/melden?lang=en");
        page.locator("#report-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertEnglish("reports");
        assertThat(page.locator("#description")).hasAttribute("aria-invalid", "true");
        checkPage("english-refusal-reports-phone");
    }

    @Test
    @DisplayName("a municipality's ladder move without a reason is refused in English")
    void oversight() {
        String id = jdbc.sql("select id::text from facility where name = 'Beschermd wonen Noordendijk'").query(String.class).single();
        logIn("gemeente");
        open("/toezicht/locaties/" + id + "?lang=en");
        String from = page.locator("[data-testid=regime]").getAttribute("data-regime");
        page.locator("#to").selectOption(from.equals("DORMANT") ? "ACTIVE_BASIC" : "DORMANT");
        page.locator("[data-testid=move]").click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertEnglish("oversight");
        assertThat(page.locator("#reason")).hasAttribute("aria-invalid", "true");
        checkPage("english-refusal-oversight");
    }

    @Test
    @DisplayName("a provider's empty candidate registration is refused in English with every problem at its field")
    void outflow() {
        logIn("begeleider");
        open("/uitstroom/kandidaten/nieuw?lang=en");
        page.locator("[data-testid=save-candidate]").click();
        assertThat(page.locator("#error-summary")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator("#error-summary li").count()).isGreaterThan(5);
        assertEnglish("outflow");
        assertThat(page.locator("[aria-invalid=true]").first()).isVisible();
        checkPage("english-refusal-outflow");
        page.setViewportSize(390, 844);
        checkPage("english-refusal-outflow-phone");
    }

    /** The summary and every field message: English words only (a hyphenated word such as "de-escalating" is one word). */
    private void assertEnglish(String module) {
        List<String> texts = new java.util.ArrayList<>(page.locator("#error-summary li").allTextContents());
        texts.addAll(page.locator(".tb-field-error").allTextContents());
        org.assertj.core.api.Assertions.assertThat(texts).as("refusal texts in %s", module).isNotEmpty();
        Set<String> dutch = new TreeSet<>();
        for (String text : texts) {
            Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).filter(DUTCH::contains).forEach(dutch::add);
        }
        org.assertj.core.api.Assertions.assertThat(dutch).as("Dutch words in the %s refusal: %s", module, texts).isEmpty();
    }
}
