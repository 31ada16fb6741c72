package org.dischargehub.letters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a letter's PDF the way the tests need it: its text, its fonts and sizes, and its tagged headings. */
final class Pdfs {

    record Heading(String type, String text) {
    }

    private Pdfs() {
    }

    /** The extracted text with every run of white space (line breaks included) made one space. */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").trim();
    }

    static List<Float> fontSizesInPt(PDDocument pdf) throws IOException {
        List<Float> sizes = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(p -> sizes.add(p.getFontSizeInPt()));
            }
        };
        stripper.getText(pdf);
        return sizes;
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            addFonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void addFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                addFonts(form.getResources(), fonts);
            }
        }
    }

    /** Every structure element's standard type, walking the tree in order. */
    static List<String> structureTypes(PDDocument pdf) {
        List<String> types = new ArrayList<>();
        List<Object> toVisit = new ArrayList<>(pdf.getDocumentCatalog().getStructureTreeRoot().getKids());
        while (!toVisit.isEmpty()) {
            if (toVisit.remove(0) instanceof PDStructureElement element) {
                types.add(element.getStandardStructureType());
                toVisit.addAll(0, element.getKids());
            }
        }
        return types;
    }

    /** The headings (H, H1 to H6) of the structure tree, in the tree's order, each with the text it tags. */
    static List<Heading> headings(PDDocument pdf) throws IOException {
        Map<COSDictionary, Map<Integer, String>> marked = markedText(pdf);
        List<Heading> headings = new ArrayList<>();
        for (Object kid : pdf.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            collectHeadings(kid, null, marked, headings);
        }
        return headings;
    }

    private static void collectHeadings(Object node, PDPage page, Map<COSDictionary, Map<Integer, String>> marked,
            List<Heading> headings) {
        if (!(node instanceof PDStructureElement element)) {
            return;
        }
        PDPage own = element.getPage() != null ? element.getPage() : page;
        String type = element.getStandardStructureType();
        if (type != null && type.matches("H[1-6]?")) {
            headings.add(new Heading(type, text(element, own, marked).replaceAll("\\s+", " ").trim()));
        }
        for (Object kid : element.getKids()) {
            collectHeadings(kid, own, marked, headings);
        }
    }

    private static String text(PDStructureElement element, PDPage page,
            Map<COSDictionary, Map<Integer, String>> marked) {
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                text.append(marked.getOrDefault(page.getCOSObject(), Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                text.append(marked.getOrDefault(on.getCOSObject(), Map.of()).getOrDefault(reference.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                text.append(text(child, child.getPage() != null ? child.getPage() : page, marked));
            }
        }
        return text.toString();
    }

    private static Map<COSDictionary, Map<Integer, String>> markedText(PDDocument pdf) throws IOException {
        Map<COSDictionary, Map<Integer, String>> byPage = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            extractor.getMarkedContents().forEach(content -> addMarked(content, page.getResources(), byMcid));
            byPage.put(page.getCOSObject(), byMcid);
        }
        return byPage;
    }

    private static void addMarked(PDMarkedContent content, PDResources resources, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent nested) {
                addMarked(nested, resources, byMcid);
            }
        }
        int mcid = mcid(content, resources);
        if (mcid >= 0) {
            byMcid.merge(mcid, text.toString(), String::concat);
        }
    }

    /**
     * The content's MCID. openhtmltopdf writes {@code /H1 /Prop5 BDC}, naming a property list in the page's
     * resources; PDFBox 3.0.3 then reports the list's name as the tag and no MCID, so it is looked up here.
     */
    private static int mcid(PDMarkedContent content, PDResources resources) {
        if (content.getMCID() >= 0 || content.getTag() == null) {
            return content.getMCID();
        }
        PDPropertyList properties = resources.getProperties(COSName.getPDFName(content.getTag()));
        return properties == null ? -1 : properties.getCOSObject().getInt(COSName.MCID, -1);
    }
}
