package nl.thuisbasis.siting.scan;

import java.util.Base64;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PdfDocuments;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PDF of a saved scan, in the reader's language: the decision record as it was saved, with a map drawn
 * server-side, readable when printed in black and white.
 */
@Service
class ScanReport {

    private final TemplateEngine templates;
    private final RegionCatalog catalog;
    private final JsonMapper json;
    private final Messages messages;
    private final ScanNames names;

    ScanReport(TemplateEngine templates, RegionCatalog catalog, JsonMapper json, Messages messages, ScanNames names) {
        this.names = names;
        this.templates = templates;
        this.catalog = catalog;
        this.json = json;
        this.messages = messages;
    }

    byte[] pdf(ScanResponse scan) {
        byte[] map = ScanMapRenderer.png(scan, catalog.geometry(scan.areaCode()).map(json::readTree).orElse(null),
                messages.text("siting.pdf.map.source"));
        Context context = new Context(Messages.locale());
        context.setVariable("scan", scan);
        context.setVariables(names.of(scan));
        context.setVariable("map", "data:image/png;base64," + Base64.getEncoder().encodeToString(map));
        String html = templates.process("siting/scan-pdf", context);
        return PdfDocuments.fromHtml(html);
    }

    /** The file name of a scan's PDF. */
    static String fileName(ScanSnapshot scan) {
        return "draagkrachtscan-" + SavedScans.reference(scan.id()).toLowerCase(java.util.Locale.ROOT) + ".pdf";
    }
}
