package org.dischargehub.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** A letter is a tagged PDF (PDF/UA) that a screen reader reads in order, with its fonts inside it. */
class LetterPdfStructureTest {

    private final LetterWriter writer = new LetterWriter();

    @Test
    void a_letter_is_tagged_in_british_english_with_its_title_shown() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.discharge(1)))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();

            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("What happens next: your support after hospital");
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void a_letters_metadata_claims_pdf_ua_1_and_pdf_a_3a() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.triage(0, null)));
                InputStream xmp = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            String metadata = new String(xmp.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(metadata).contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>3</pdfaid:part>",
                    "<pdfaid:conformance>A</pdfaid:conformance>",
                    "What happens next: your plan for leaving hospital</rdf:li>");
        }
    }

    @Test
    void every_font_in_a_letter_is_embedded() throws IOException {
        for (LetterFormat format : LetterFormat.values()) {
            try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.inFormat(format)))) {
                List<PDFont> fonts = Pdfs.fonts(pdf);

                assertThat(fonts).as(format.name()).isNotEmpty();
                assertThat(fonts).as(format.name()).allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                });
            }
        }
    }

    @Test
    void the_structure_trees_first_heading_is_the_letters_title_and_the_rest_are_its_sections() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.change(List.of("A new start day."), 1)))) {
            List<Pdfs.Heading> headings = Pdfs.headings(pdf);

            assertThat(headings.get(0)).isEqualTo(new Pdfs.Heading("H1", "What happens next: your plan has changed"));
            assertThat(headings.subList(1, headings.size())).extracting(Pdfs.Heading::text).containsExactly(
                    "Who to contact", "What has changed", "Your care after hospital", "What may happen later",
                    "Your choices", "Help for you and your carer", "If you are not happy");
            assertThat(headings.subList(1, headings.size())).extracting(Pdfs.Heading::type).containsOnly("H2");
        }
    }

    @Test
    void paragraphs_and_lists_are_tagged_as_such() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.discharge(2)))) {
            assertThat(Pdfs.structureTypes(pdf)).contains("Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody")
                    .containsSubsequence("H2", "P", "L", "LI", "LBody");
        }
    }

    @Test
    void the_headings_are_read_in_the_order_the_tree_gives_them() throws IOException {
        for (LetterFormat format : LetterFormat.values()) {
            try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.inFormat(format)))) {
                String text = Pdfs.text(pdf);
                int from = 0;
                for (Pdfs.Heading heading : Pdfs.headings(pdf)) {
                    int at = text.indexOf(heading.text(), from);
                    assertThat(at).as(format + ": " + heading.text() + " after character " + from)
                            .isGreaterThanOrEqualTo(from);
                    from = at + heading.text().length();
                }
                assertThat(from).as(format + ": the headings were found").isPositive();
            }
        }
    }

    @Test
    void a_large_print_letter_has_no_text_smaller_than_16_point() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.inFormat(LetterFormat.LARGE_PRINT)))) {
            assertThat(Pdfs.fontSizesInPt(pdf)).isNotEmpty()
                    .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(16f));
        }
    }

    @Test
    void a_standard_letter_is_smaller_than_large_print() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.inFormat(LetterFormat.STANDARD)))) {
            assertThat(Pdfs.fontSizesInPt(pdf)).contains(12f);
        }
    }

    @Test
    void a_name_with_accents_apostrophes_and_polish_letters_comes_out_intact() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writer.write(LetterFactsFactory.named("Siân O'Brien-Łukasz")))) {
            assertThat(Pdfs.text(pdf)).contains("For Siân O'Brien-Łukasz, NHS number 943 476 5919.");
        }
    }
}
