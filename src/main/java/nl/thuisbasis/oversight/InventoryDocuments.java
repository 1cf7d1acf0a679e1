package nl.thuisbasis.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.PdfDocuments;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The outcome of an inventory as a spreadsheet and as a printable PDF, with the same figures as the page. */
@Component
class InventoryDocuments {

    private final TemplateEngine templates;

    InventoryDocuments(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] xlsx(Inventories.Inventory inventory, InventoryTally.Result result) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = workbook.createSheet("uitkomst");
            int r = 0;
            Row title = summary.createRow(r++);
            title.createCell(0).setCellValue(inventory.title() + " (" + inventory.municipalityCode() + ")");
            for (Regime regime : Regime.values()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(regime.label());
                row.createCell(1).setCellValue(result.perRegime().get(regime));
            }
            Row committees = summary.createRow(r++);
            committees.createCell(0).setCellValue("beheercommissies (her)opstarten");
            committees.createCell(1).setCellValue(result.committeesToRestart());
            Row covenants = summary.createRow(r);
            covenants.createCell(0).setCellValue("beheerconvenanten actualiseren (met meldingenregister en meldkaart)");
            covenants.createCell(1).setCellValue(result.covenantsToUpdate());
            Sheet urgent = workbook.createSheet("urgentste eerst");
            Row header = urgent.createRow(0);
            String[] columns = {"prioriteit", "locatie", "regime nodig", "commissie (her)opstarten", "convenant actualiseren",
                    "acties", "gepland uiterlijk"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            for (Inventories.PlannedFinding line : Inventories.planning(inventory, result)) {
                InventoryTally.Finding f = line.finding();
                Row row = urgent.createRow(line.priority());
                row.createCell(0).setCellValue(line.priority());
                row.createCell(1).setCellValue(f.answers().locationName());
                row.createCell(2).setCellValue(f.answers().neededRegime().label());
                row.createCell(3).setCellValue(f.restartCommittee() ? "ja" : "nee");
                row.createCell(4).setCellValue(f.updateCovenant() ? "ja" : "nee");
                row.createCell(5).setCellValue(String.join("; ", f.todo()));
                row.createCell(6).setCellValue(line.plannedBy().toString());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(Inventories.Inventory inventory, InventoryTally.Result result) {
        Context context = new Context(Locale.forLanguageTag("nl"));
        context.setVariable("inventory", inventory);
        context.setVariable("result", result);
        context.setVariable("regimes", Regime.values());
        context.setVariable("lines", Inventories.planning(inventory, result));
        context.setVariable("today", LocalDate.now());
        return PdfDocuments.fromHtml(templates.process("oversight/inventory-pdf", context));
    }
}
