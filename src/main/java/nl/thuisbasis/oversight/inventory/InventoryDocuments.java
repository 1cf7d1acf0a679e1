package nl.thuisbasis.oversight.inventory;

import nl.thuisbasis.identity.People;
import nl.thuisbasis.oversight.location.MunicipalityNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PdfDocuments;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The outcome of an inventory as a spreadsheet and as a printable PDF, with the same figures as the page, in the
 * reader's language.
 */
@Component
class InventoryDocuments {

    private final TemplateEngine templates;
    private final Messages messages;

    private final MunicipalityNames municipalities;
    private final People people;

    InventoryDocuments(TemplateEngine templates, Messages messages, MunicipalityNames municipalities, People people) {
        this.municipalities = municipalities;
        this.people = people;
        this.templates = templates;
        this.messages = messages;
    }

    byte[] xlsx(Inventories.Inventory inventory, InventoryTally.Result result) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = workbook.createSheet(messages.text("inventory.xlsx.sheet.result"));
            int r = 0;
            Row title = summary.createRow(r++);
            title.createCell(0).setCellValue(Inventories.title(inventory.title(), inventory.startedAt(), messages)
                    + " (" + inventory.municipalityCode() + ")");
            for (Regime regime : Regime.values()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(messages.text("inventory.regime." + regime.name()));
                row.createCell(1).setCellValue(result.perRegime().get(regime));
            }
            Row committees = summary.createRow(r++);
            committees.createCell(0).setCellValue(messages.text("inventory.xlsx.committees"));
            committees.createCell(1).setCellValue(result.committeesToRestart());
            Row covenants = summary.createRow(r);
            covenants.createCell(0).setCellValue(messages.text("inventory.xlsx.covenants"));
            covenants.createCell(1).setCellValue(result.covenantsToUpdate());
            Sheet urgent = workbook.createSheet(messages.text("inventory.xlsx.sheet.urgent"));
            Row header = urgent.createRow(0);
            String[] columns = {"priority", "location", "needed", "committee", "covenant", "todo", "plannedBy"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(messages.text("inventory.xlsx.column." + columns[c]));
            }
            String yes = messages.text("inventory.xlsx.yes");
            String no = messages.text("inventory.xlsx.no");
            for (Inventories.PlannedFinding line : Inventories.planning(inventory, result)) {
                InventoryTally.Finding f = line.finding();
                Row row = urgent.createRow(line.priority());
                row.createCell(0).setCellValue(line.priority());
                row.createCell(1).setCellValue(f.answers().locationName());
                row.createCell(2).setCellValue(messages.text("inventory.regime." + f.answers().neededRegime().name()));
                row.createCell(3).setCellValue(f.restartCommittee() ? yes : no);
                row.createCell(4).setCellValue(f.updateCovenant() ? yes : no);
                row.createCell(5).setCellValue(String.join("; ", messages.texts(f.todo())));
                row.createCell(6).setCellValue(DateFormats.date(line.plannedBy(), Messages.locale()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(Inventories.Inventory inventory, InventoryTally.Result result) {
        Context context = new Context(Messages.locale());
        context.setVariable("inventory", inventory);
        context.setVariable("title", Inventories.title(inventory.title(), inventory.startedAt(), messages));
        context.setVariable("result", result);
        context.setVariable("regimes", Regime.values());
        context.setVariable("lines", Inventories.planning(inventory, result));
        context.setVariable("today", LocalDate.now());
        context.setVariable("municipalityName", municipalities.nameOf(inventory.municipalityCode()));
        context.setVariable("startedByName", people.nameOf(inventory.startedBy()));
        return PdfDocuments.fromHtml(templates.process("oversight/inventory-pdf", context));
    }

    /** The file name of a download: the word in the reader's language and the day the inventory started. */
    String fileName(Inventories.Inventory inventory, String extension) {
        return messages.text("inventory.fileName") + "-" + inventory.startedOn() + "." + extension;
    }
}
