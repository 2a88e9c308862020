package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.DeflatedPart;
import io.smsdocs.core.export.FixedZip;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts one document's package together: the shared parts of the template, its body, its additions
 * and its document-specific texts, zipped in a fixed order with a fixed time, so the same input gives
 * the same bytes whatever the clock or time zone.
 */
final class DocxAssembler {

    private static final String UNDATED = "2000-01-01T00:00:00Z";
    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>";

    private DocxAssembler() {
    }

    /** The document part, begun: the body is written into it as it is made, and only its compressed bytes are kept. */
    static DeflatedPart startDocument() {
        DeflatedPart part = new DeflatedPart();
        part.writeUtf8(DOCUMENT_START);
        return part;
    }

    /** @param document the document part as {@link #startDocument()} began it, with the body written into it */
    static byte[] assemble(PackageTemplate template, Paper paper, DeflatedPart document, DocumentAdditions additions,
                           String organization) {
        document.writeUtf8(template.sectionXml());
        document.writeUtf8("</w:body></w:document>");
        Map<String, DeflatedPart> deflated = new LinkedHashMap<>();
        deflated.put(PackageTemplate.DOCUMENT, document.finish());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        put(parts, PackageTemplate.NUMBERING, insertBefore(template.text(PackageTemplate.NUMBERING), "</w:numbering>",
                additions.numberingXml()));
        put(parts, PackageTemplate.DOCUMENT_RELS, insertBefore(template.text(PackageTemplate.DOCUMENT_RELS), "</Relationships>",
                additions.relationshipsXml()));
        parts.putAll(additions.media());
        put(parts, PackageTemplate.CONTENT_TYPES, contentTypes(template.text(PackageTemplate.CONTENT_TYPES), additions));
        put(parts, PackageTemplate.CORE, coreProperties(paper, organization));
        for (String name : template.parts().keySet()) {
            if (name.startsWith("word/header") || name.startsWith("word/footer")) {
                put(parts, name, template.text(name)
                        .replace(PackageTemplate.REFERENCE_TOKEN, Xml.text(paper.reference()))
                        .replace(PackageTemplate.CLASSIFICATION_TOKEN, Xml.text(paper.classification())));
            } else if (!parts.containsKey(name) && !deflated.containsKey(name)) {
                // A part every document of the set shares as it is: compressed once, for the first of them.
                deflated.put(name, template.deflated(name));
            }
        }
        return FixedZip.write(parts, deflated);
    }

    private static String contentTypes(String types, DocumentAdditions additions) {
        String result = types;
        for (String entry : additions.mediaTypes()) {
            String[] split = entry.split("\u0000");
            if (!result.contains("Extension=\"" + split[0] + "\"")) {
                int start = result.indexOf('>', result.indexOf("<Types")) + 1;
                result = result.substring(0, start) + "<Default Extension=\"" + split[0] + "\" ContentType=\"" + split[1] + "\"/>"
                        + result.substring(start);
            }
        }
        return result;
    }

    /** Core properties from the descriptor, never from the clock. */
    private static String coreProperties(Paper document, String organization) {
        LocalDate effective = document.date();
        String timestamp = effective == null ? UNDATED : effective + "T00:00:00Z";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<cp:contentStatus>" + Xml.text(document.status()) + "</cp:contentStatus>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + timestamp + "</dcterms:created>"
                + "<dc:creator>" + Xml.text(organization) + "</dc:creator>"
                + "<dc:identifier>" + Xml.text(document.reference()) + "</dc:identifier>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + timestamp + "</dcterms:modified>"
                + "<cp:revision>" + Xml.text(document.version()) + "</cp:revision>"
                + "<dc:title>" + Xml.text(document.title()) + "</dc:title>"
                + "</cp:coreProperties>";
    }

    private static String insertBefore(String xml, String closingTag, String addition) {
        int at = xml.lastIndexOf(closingTag);
        if (at < 0) {
            throw new IllegalStateException("no " + closingTag + " in the package template");
        }
        return xml.substring(0, at) + addition + xml.substring(at);
    }

    private static void put(Map<String, byte[]> parts, String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }
}
