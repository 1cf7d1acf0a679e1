package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Printable documents")
class PdfDocumentsTest {

    /** A document as the modules write them: a title, a language, headings, a table. */
    static final String HTML = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8" /><title>Draagkrachtscan Wielwijk</title>
            <style>body { font-family: 'DejaVu Sans', sans-serif; } h2 { page-break-after: avoid; }</style></head>
            <body><h1>Draagkrachtscan</h1><p>Één zin met accenten: café, geïnformeerd.</p>
            <h2>Indicatoren</h2><table><thead><tr><th>Indicator</th><th>Waarde</th></tr></thead>
            <tbody><tr><td>Plaatsen per 1000</td><td>1,2</td></tr></tbody></table></body></html>
            """;

    @Test
    @DisplayName("a document is tagged PDF/UA: marked, with a structure tree, its language and its title, in embedded fonts")
    void aDocumentIsTaggedForScreenReaders() throws IOException {
        byte[] pdf = PdfDocuments.fromHtml(HTML);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo Marked").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Draagkrachtscan Wielwijk");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMetadata()).as("XMP metadata with the PDF/UA identification").isNotNull();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
    }
}
