package nl.thuisbasis.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testsupport.PdokStub;

/**
 * Runs the whole application on a random port (with its own embedded PostgreSQL and the demo data)
 * and drives it with Debian's Chromium through Playwright. One browser per test class, a fresh
 * browser context (cookies, storage) per test. All browser tests share this configuration, so
 * Spring starts the application once for all of them. The PDOK address search answers from {@link PdokStub}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "thuisbasis.web.tile-url=",
    "server.servlet.session.cookie.secure=false",
    // every browser test reports from the same address: the limit of the public report form is not what they test
    "thuisbasis.reports.max-per-window=100"
})
abstract class BrowserTestSupport {

    static final String DEMO_PASSWORD = "Thuisbasis-demo-2026";
    static final Path CHROMIUM = Paths.get(System.getProperty("thuisbasis.chromium", "/usr/bin/chromium"));

    private static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    /** The address search goes to a local PDOK stub (one for all browser tests, so they share one application). */
    @DynamicPropertySource
    static void geocoder(DynamicPropertyRegistry registry) {
        registry.add("thuisbasis.facility.geocoder.url", PdokStub::url);
    }

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 900)
                .setLocale("nl-NL"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        consoleProblems.clear();
        watchConsole();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Opens a page of the application; fails on a server error. */
    Page open(String path) {
        var response = page.navigate(path);
        if (response != null && response.status() >= 500) {
            throw new AssertionError(path + " answered HTTP " + response.status());
        }
        return page;
    }

    /** Logs in through the login form and waits for the header to show the user. */
    void logIn(String username) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("form.utrecht-form button[type=submit]").click();
        page.locator("[data-testid=current-user]").waitFor();
        waitForMapIfAny();
    }

    /** Lets the home page's map finish loading, so its requests do not outlive the page. */
    void waitForMapIfAny() {
        for (String map : new String[] {"#region-map", "#facility-map", "#point-map"}) {
            if (page.locator(map).count() > 0) {
                page.locator(map + "[data-loaded]").waitFor();
            }
        }
    }

    /** Uploads a CBS file through the admin form (the admin must be logged in) and waits for the result. */
    void uploadCbsFile(String fileName, String content, int year) {
        open("/beheer/cbs-import");
        page.locator("#file").setInputFiles(new FilePayload(fileName, "text/csv",
                content.getBytes(StandardCharsets.UTF_8)));
        page.locator("#year").fill(Integer.toString(year));
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/beheer/cbs-import/[0-9a-f-]{36}$"));
        page.locator("[data-testid=import-ok], [data-testid=import-failed]").waitFor();
    }

    /** Saves a full-page screenshot to target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Path AXE = Paths.get("node_modules", "axe-core", "axe.min.js");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN_AXE = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations', 'incomplete']
              });
              const describe = list => list.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary }))
              }));
              return JSON.stringify({ passes: result.passes.length, violations: describe(result.violations),
                incomplete: describe(result.incomplete) });
            }""";

    final List<String> consoleProblems = new ArrayList<>();

    void watchConsole() {
        page.onConsoleMessage(message -> {
            // The error pages themselves answer 403 and 404, refused forms 422 and conflicts 409; anything else
            // (CSP, failed resources) counts.
            if (message.type().equals("error")
                    && !message.text().matches("Failed to load resource: .* status of (40[349]|422) .*")) {
                consoleProblems.add(message.text());
            }
        });
    }

    /** Screenshot, then axe-core WCAG 2.1 A/AA: no violations and no console errors (CSP) on this page. */
    void checkPage(String name) {
        assertThat(AXE).as("axe-core from npm (run the Maven build once)").exists();
        screenshot(name);
        List<String> violations = axeViolations();
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations on %s (%s):%n%s", page.url(), name,
                String.join("\n", violations)).isEmpty();
        assertThat(consoleProblems).as("browser console errors (CSP?) on %s", page.url()).isEmpty();
    }

    /** Runs axe-core in the page; one readable line per violation and element. */
    List<String> axeViolations() {
        if (!Boolean.TRUE.equals(page.evaluate("typeof window.axe !== 'undefined'"))) {
            try {
                // Through the DevTools protocol, so the page's Content Security Policy stays in force.
                page.evaluate(Files.readString(AXE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode result = JSON.readTree((String) page.evaluate(RUN_AXE));
        assertThat(result.path("passes").asInt()).as("axe-core passed rules on %s", page.url()).isGreaterThan(10);
        for (JsonNode review : result.path("incomplete")) {
            // Needs a human eye (e.g. contrast over a gradient); reported, not failed.
            StringBuilder targets = new StringBuilder();
            review.path("nodes").forEach(node -> targets.append("\n    ").append(node.path("target").asString())
                    .append(": ").append(node.path("summary").asString().replace("\n", " ")));
            System.out.println("axe-core needs review on " + page.url() + ": " + review.path("id").asString() + targets);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode violation : result.path("violations")) {
            String header = violation.path("id").asString() + " [" + violation.path("impact").asString() + "] "
                    + violation.path("help").asString();
            for (JsonNode node : violation.path("nodes")) {
                lines.add("  - " + header + "\n      at " + node.path("target").asString() + "\n      "
                        + node.path("summary").asString().replace("\n", "\n      "));
            }
        }
        return lines;
    }
}
