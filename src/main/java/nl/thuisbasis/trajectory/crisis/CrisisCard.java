package nl.thuisbasis.trajectory.crisis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PdfDocuments;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.domain.CrisisPhase;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The crisis card: one A4 page the client carries (folded), in the reader's language, tagged PDF/UA. On top whom to
 * call in a crisis; then per phase the signals, what the client does, what others do and whom to call; then the
 * practical arrangements. Risk factors stay off the card: it is the client's, and may be lost. The plan's lengths are
 * limited so that everything fits; the card is set in the largest of a few font sizes at which it is one page.
 */
@Component
class CrisisCard {

    /**
     * The font sizes tried (pt), largest first. A plan of ordinary words at every field's longest fits at 8 pt; the
     * smallest is for texts of only the widest capitals (WMWM...), which would otherwise run onto a second page.
     */
    static final List<String> FONT_SIZES = List.of("10", "9", "8", "7.5", "7", "6", "5");

    private final TemplateEngine templates;

    CrisisCard(TemplateEngine templates) {
        this.templates = templates;
    }

    /** A rendered card and the font size it is set in. */
    record Rendered(byte[] pdf, String fontSize) {
    }

    byte[] pdf(ClientView client, CrisisPlanView plan) {
        return render(client, plan).pdf();
    }

    Rendered render(ClientView client, CrisisPlanView plan) {
        Context context = new Context(Messages.locale());
        context.setVariable("name", client.name());
        context.setVariable("plan", plan);
        List<CrisisPlanRules.Contact> crisis = plan.phases().stream().filter(p -> p.phase() == CrisisPhase.CRISIS)
                .flatMap(p -> p.contacts().stream()).toList();
        context.setVariable("callFirst", crisis.isEmpty() ? plan.keyContacts().stream().limit(3).toList() : crisis);
        Rendered rendered = null;
        for (String size : FONT_SIZES) {
            context.setVariable("fontSize", size);
            rendered = new Rendered(PdfDocuments.fromHtml(templates.process("trajectory/crisis-card-pdf", context)), size);
            if (pages(rendered.pdf()) == 1) {
                break;
            }
        }
        return rendered;
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
