package nl.thuisbasis.siting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PDF of a saved scan: the decision record as it was saved, with a map drawn server-side, readable when
 * printed in black and white.
 */
@Service
public class ScanReport {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final TemplateEngine templates;
    private final RegionCatalog catalog;
    private final JsonMapper json;

    ScanReport(TemplateEngine templates, RegionCatalog catalog, JsonMapper json) {
        this.templates = templates;
        this.catalog = catalog;
        this.json = json;
    }

    public byte[] pdf(ScanSnapshot scan) {
        byte[] map = ScanMapRenderer.png(scan, catalog.geometry(scan.areaCode()).map(json::readTree).orElse(null));
        Context context = new Context(Locale.forLanguageTag("nl"));
        context.setVariable("scan", scan);
        context.setVariable("when", scan.createdAt() == null ? "" : WHEN.format(scan.createdAt()));
        context.setVariable("map", "data:image/png;base64," + Base64.getEncoder().encodeToString(map));
        String html = templates.process("siting/scan-pdf", context);
        return nl.thuisbasis.platform.PdfDocuments.fromHtml(html);
    }
}
