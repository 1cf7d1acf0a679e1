package nl.thuisbasis.reports.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("The report card of a location")
class ReportCardIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void the_report_card_pdf_carries_a_qr_code_to_the_locations_form() throws Exception {
        String id = jdbc.sql("select id::text from facility where name = 'Skaeve Huse Kerkeplaat'").query(String.class).single();
        MvcTestResult pdf = mvc.get().uri("/meldingen/meldkaart/" + id).with(user(users.loadUserByUsername("begeleider"))).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Meldkaart", id.substring(0, 8), "/melden?locatie=" + id.substring(0, 8), "0900-8844");
        }
        byte[] png = ReportCard.qrPng("http://localhost/melden?locatie=" + id.substring(0, 8), 300);
        BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("http://localhost/melden?locatie=" + id.substring(0, 8));

        assertThat(mvc.get().uri("/meldingen/meldkaart/" + id)).as("not public").hasStatus(302);
        String secret = jdbc.sql("select id::text from facility where secret_address limit 1").query(String.class).single();
        assertThat(mvc.get().uri("/meldingen/meldkaart/" + secret).with(user(users.loadUserByUsername("beheerder"))))
                .as("secret addresses have no card").hasStatus(404);
    }
}
