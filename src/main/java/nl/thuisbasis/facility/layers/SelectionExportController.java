package nl.thuisbasis.facility.layers;

import nl.thuisbasis.platform.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.facility.domain.Layer;
import nl.thuisbasis.facility.domain.PublicAggregation.AreaFigures;
import nl.thuisbasis.facility.layers.FacilityLayers.PublicArea;
import nl.thuisbasis.facility.layers.Selections.Filters;
import nl.thuisbasis.facility.layers.Selections.Selection;
import nl.thuisbasis.facility.register.FacilityResponse;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The selection of the map and the table as a CSV file. The column names are the file's format (the same in every
 * language); the values people read (types, statuses, "fewer than 3") are in the reader's language.
 */
@Controller
class SelectionExportController {

    private final Selections selections;
    private final Messages messages;
    private final ProcessingLog log;

    SelectionExportController(Selections selections, Messages messages, ProcessingLog log) {
        this.selections = selections;
        this.messages = messages;
        this.log = log;
    }

    /** The columns of the export of the public layer and of the other layers: each a key {@code facility.export.column.*}. */
    static final List<String> PUBLIC_COLUMNS = List.of("rowKind", "pc4", "place", "facilities", "shelter", "protectedHousing",
            "supportedLiving", "other", "capacityRounded", "name", "type", "address", "publicContact");
    static final List<String> FULL_COLUMNS = List.of("name", "type", "provider", "capacity", "unit", "status", "postcode",
            "address", "place", "municipality", "district", "neighbourhood", "url", "publicContact", "detail");

    /** The column headers in the reader's language (this export is read by people; the import has its own layout). */
    private List<String> headers(Locale locale, List<String> columns) {
        return columns.stream().map(c -> messages.text(locale, "facility.export.column." + c)).toList();
    }

    @GetMapping("/voorzieningen/export.csv")
    void export(@ModelAttribute Filters filters, HttpServletResponse response) throws IOException {
        Selection selection = selections.select(filters);
        Locale locale = Messages.locale();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter raw = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            SafeCsv csv = new SafeCsv(raw);
            if (selection.layer() == Layer.PUBLIC) {
                csv.printRecord(headers(locale, PUBLIC_COLUMNS));
                for (PublicArea a : selection.areas()) {
                    var f = a.figures();
                    csv.printRecord(messages.text(locale, "facility.export.row.area"), f.pc4(), a.place() == null ? "" : a.place(),
                            f.suppressed() ? messages.text(locale, "facility.fewerThan3") : f.facilities(),
                            count(f, FacilityCategory.SHELTER), count(f, FacilityCategory.PROTECTED_HOUSING),
                            count(f, FacilityCategory.SUPPORTED_LIVING), count(f, FacilityCategory.OTHER),
                            f.suppressed() ? "" : f.capacityRounded(), "", "", "", "");
                }
                for (FacilityResponse r : selection.facilities()) {
                    csv.printRecord(messages.text(locale, "facility.export.row.public"), r.pc4(), r.place(), "", "", "", "",
                            "", "", r.name(), messages.text(locale, "facility.type." + r.type()),
                            r.street() + " " + r.houseNumber() + ", " + r.postcode() + " " + r.place(),
                            r.publicContact() == null ? "" : r.publicContact());
                }
            } else {
                csv.printRecord(headers(locale, FULL_COLUMNS));
                for (FacilityResponse r : selection.facilities()) {
                    boolean full = "full".equals(r.detail());
                    csv.printRecord(r.name(), messages.text(locale, "facility.type." + r.type()), r.providerName(), r.capacity(),
                            messages.text(locale, "facility.unit." + r.capacityUnit()),
                            messages.text(locale, "facility.status." + r.status()),
                            full ? r.postcode() : r.pc6(), full ? r.street() + " " + r.houseNumber() : "", r.place(),
                            r.municipalityCode(), full ? nullToEmpty(r.districtCode()) : "",
                            full ? nullToEmpty(r.neighbourhoodCode()) : "", nullToEmpty(r.url()), nullToEmpty(r.publicContact()),
                            messages.text(locale, full ? "facility.export.detail.full" : "facility.export.detail.area"));
                }
            }
        }
        log.record(Processing.of("facility.export", "facility", null, FacilityService.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("facility.log.selectionExported", Problem.label("facility.log.layer", selection.layer()), selection.count()));
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"voorzieningen-" + LocalDate.now() + ".csv\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Prints every cell through {@link SpreadsheetCells#safe}, so no cell opens as a formula. */
    private record SafeCsv(CSVPrinter printer) {
        void printRecord(Object... values) throws IOException {
            List<String> cells = new ArrayList<>();
            for (Object value : values) {
                cells.add(SpreadsheetCells.safe(value));
            }
            printer.printRecord(cells);
        }
    }

    private static Object count(AreaFigures f, FacilityCategory c) {
        return f.suppressed() ? "" : f.perCategory().get(c);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
