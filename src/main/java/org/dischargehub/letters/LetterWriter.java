package org.dischargehub.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a "what happens next" letter as a tagged PDF (PDF/UA, and PDF/A-3a so it can be kept): the words come from
 * {@link LetterContent}, the layout from the template {@code letters/letter.html}, and the fonts are embedded.
 */
@Component
public class LetterWriter {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/letters/fonts/";

    /** openhtmltopdf logs half a dozen INFO lines for every PDF; a hub writing letters keeps its warnings only. */
    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final TemplateEngine templates = templates();
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public byte[] write(LetterFacts facts) {
        Letter letter = LetterContent.of(facts);
        String html = templates.process("letter", new Context(Locale.UK, Map.of("letter", letter)));
        return render(html);
    }

    private byte[] render(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessbility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(colourProfile)
                .useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .withProducer("Discharge Hub")
                .withHtmlContent(html, LetterWriter.class.getResource("/letters/").toExternalForm())
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be rendered", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        return LetterWriter.class.getResourceAsStream(FONTS + file);
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(LetterWriter.class.getClassLoader());
        resolver.setPrefix("letters/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
