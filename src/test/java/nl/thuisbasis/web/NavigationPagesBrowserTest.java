package nl.thuisbasis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page the navigation leads to (the main navigation, the footer, and for the administrator the admin index), for
 * the public and for every role: axe-core WCAG 2.1 A/AA finds nothing, in Dutch on a desktop and in English on a
 * 390 px phone, and the English page says it is English. The Swagger UI is not among them (see the API page).
 */
@DisplayName("Every page linked from the navigation, for every role")
class NavigationPagesBrowserTest extends BrowserTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"publiek", "begeleider", "corporatie", "gemeente", "regio", "beheerder"})
    @DisplayName("has no axe-core violations in Dutch on a desktop and in English on a phone")
    void everyLinkedPage(String role) {
        boolean visitor = role.equals("publiek");
        if (visitor) {
            open("/");
            waitForMapIfAny();
        } else {
            logIn(role);
        }
        Set<String> paths = new LinkedHashSet<>(linked("#main-nav a, footer a"));
        if (role.equals("beheerder")) {
            open("/beheer");
            paths.addAll(linked("main a"));
        }
        assertThat(paths).as("pages in the navigation of %s", role).hasSizeGreaterThan(visitor ? 3 : 4);
        // the Swagger UI does not pass axe-core (a third-party tool): it is reached from the API page, not the navigation
        assertThat(paths).as("navigation of %s", role).noneMatch(path -> path.startsWith("/api/v1/ui"));

        for (String path : paths) {
            page.setViewportSize(1280, 900);
            open(path);
            waitForMapIfAny();
            checkPage("nav-" + role + "-" + name(path));
            page.setViewportSize(390, 844);
            open(path + (path.contains("?") ? "&" : "?") + "lang=en");
            waitForMapIfAny();
            assertThat(page.locator("html").getAttribute("lang")).as("language of %s in English", path).isEqualTo("en");
            assertThat(dutchWords()).as("Dutch words on %s in English", path).isEmpty();
            checkPage("nav-" + role + "-" + name(path) + "-en-phone");
        }
    }

    /** Words of the interface that only Dutch has (no name of a place, organisation or facility holds them). */
    static final Set<String> DUTCH = Set.of("niet", "geen", "wordt", "kies", "vul", "opslaan", "zoeken", "terug",
            "volgende", "vorige", "uitloggen", "inloggen", "bekijken", "toon", "alle", "deze", "moet", "kunt", "uw",
            "naar", "wacht", "meldingen", "aanbiedingen", "kandidaten", "woningen", "instellingen", "gemaakt", "datum");

    /** The Dutch interface words on the page: header, navigation, headings, labels, buttons, footer (not the records). */
    private Set<String> dutchWords() {
        Set<String> found = new java.util.TreeSet<>();
        // the interface, not the records: table cells and described values hold what people typed (in Dutch, often)
        String text = ((String) page.evaluate("""
                () => { const body = document.body.cloneNode(true);
                        body.querySelectorAll('td, dd, script, style, template, noscript, .tb-prewrap').forEach(e => e.remove());
                        return body.textContent; }""")).toLowerCase(java.util.Locale.ROOT);
        for (String word : text.split("[^\\p{L}-]+")) {
            if (DUTCH.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The paths of this application that the matched links lead to, each once. */
    private List<String> linked(String selector) {
        List<String> paths = new ArrayList<>();
        List<?> hrefs = (List<?>) page.locator(selector).evaluateAll("links => links.map(a => a.href)");
        for (Object href : hrefs) {
            URI uri = URI.create(href.toString());
            if (uri.getHost() != null && uri.getHost().equals("localhost") && uri.getPort() == port
                    && uri.getFragment() == null) {
                paths.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }
        }
        return paths;
    }

    private static String name(String path) {
        String name = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }
}
