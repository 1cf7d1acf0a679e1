package nl.thuisbasis.reports.card;

import nl.thuisbasis.reports.ReportCards;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PdfDocuments;
import nl.thuisbasis.reports.submission.Submissions;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report card (meldkaart) of a location: a printable A5-sized PDF with a QR code that opens the report form for
 * this location, its code for typing, and the contacts (the provider's public contact, the municipality, the police),
 * in the language of the person who prints it (Dutch unless they chose English).
 */
@Component
class ReportCard {

    private final TemplateEngine templates;
    private final Submissions submissions;

    ReportCard(TemplateEngine templates, Submissions submissions) {
        this.templates = templates;
        this.submissions = submissions;
    }

    /** The URL the QR code holds: the public form with this location's card code. */
    static String formUrl(String baseUrl, Facility facility) {
        return baseUrl.replaceAll("/+$", "") + "/melden?locatie=" + ReportCards.code(facility);
    }

    byte[] pdf(Facility facility, String baseUrl, List<String> contacts) {
        String url = formUrl(baseUrl, facility);
        Context context = new Context(Messages.locale());
        context.setVariable("label", submissions.publicLabel(facility));
        context.setVariable("code", ReportCards.code(facility));
        context.setVariable("url", url);
        context.setVariable("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(url, 600)));
        context.setVariable("contacts", contacts);
        return PdfDocuments.fromHtml(templates.process("reports/card-pdf", context));
    }

    static byte[] qrPng(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
