package nl.thuisbasis.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a (Thymeleaf-made, XHTML) page to PDF with openhtmltopdf: the printable documents of every module. Every
 * document is tagged PDF/UA (its structure, headings, tables and images with their alternative text can be read by a
 * screen reader), with its language and title from the page's {@code lang} and {@code <title>}, in an embedded font:
 * a document's style uses {@value #FONT} (regular and bold), e.g. {@code font-family: 'DejaVu Sans', sans-serif}.
 */
public final class PdfDocuments {

    /** The font family of every document; PDF/UA needs every font embedded. */
    public static final String FONT = "DejaVu Sans";

    private PdfDocuments() {
    }

    public static byte[] fromHtml(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Thuisbasis");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fonts, read once. */
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String file) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
