package nl.thuisbasis.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Small CBS files in the PDOK municipality layout, with real 2023 values from the shipped data. */
final class CbsFiles {

    /** Two municipalities with their own 2023 figures: importing it changes nothing visible. */
    static final String VALID_MUNICIPALITIES = """
            gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar
            GM0482,Alblasserdam,20356,8484,2023
            GM0505,Dordrecht,121434,56730,2023
            """;

    /** A good first row that would change Dordrecht, then a bad code and a non-numeric figure. */
    static final String MALFORMED_MUNICIPALITIES = """
            gemeentecode,gemeentenaam,aantalInwoners,aantalHuishoudens,jaar
            GM0505,Dordrecht,1,1,2023
            GM05X5,Nergensdorp,100,50,2023
            GM0482,Alblasserdam,veel,8484,2023
            """;

    private CbsFiles() {
    }

    /**
     * Uploads a CBS file through the admin form (the admin must be logged in) and waits for the result. The form's
     * fields are named file and year; BrowserTestSupport.uploadCbsFile still looks for #bestand and #jaar, so the
     * tests that upload override it with this until that helper follows.
     */
    static void upload(Page page, String fileName, String content, int year) {
        page.navigate("/beheer/cbs-import");
        page.locator("#file").setInputFiles(new FilePayload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        page.locator("#year").fill(Integer.toString(year));
        page.locator("form.utrecht-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/beheer/cbs-import/[0-9a-f-]{36}$"));
        page.locator("[data-testid=import-ok], [data-testid=import-failed]").waitFor();
    }
}
