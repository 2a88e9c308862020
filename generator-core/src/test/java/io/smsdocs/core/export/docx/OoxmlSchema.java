package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.FixedZip;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.WebSettingsDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates the XML parts of a DOCX against the OOXML schema, with the XmlBeans types of poi-ooxml-full
 * (a strict stand-in for Word's "unreadable content" check, which is not available here). Each part is
 * parsed as the document type of its part name, so a part whose root element is wrong fails too.
 * Parts without a schema type in poi-ooxml-full ([Content_Types].xml and docProps/core.xml) are checked
 * by opening the package with POI's OPC reader instead, which enforces the rules of OPC Part 2.
 */
final class OoxmlSchema {

    /** Part name pattern → the XmlBeans document type of its root element, first match wins. */
    private static final Map<Pattern, PartParser> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(Pattern.compile("word/document\\.xml"), DocumentDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/styles\\.xml"), StylesDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/numbering\\.xml"), NumberingDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/settings\\.xml"), SettingsDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/header\\d*\\.xml"), HdrDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/footer\\d*\\.xml"), FtrDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/fontTable\\.xml"), FontsDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/webSettings\\.xml"), WebSettingsDocument.Factory::parse);
        TYPES.put(Pattern.compile("word/theme/theme\\d*\\.xml"), ThemeDocument.Factory::parse);
        TYPES.put(Pattern.compile("docProps/app\\.xml"), PropertiesDocument.Factory::parse);
        TYPES.put(Pattern.compile("(.*/)?_rels/[^/]*\\.rels"), RelationshipsDocument.Factory::parse);
    }

    /** Parts that have no XmlBeans type in poi-ooxml-full; {@link #validate} checks them through POI's OPC reader. */
    private static final Pattern OPC_PARTS = Pattern.compile("\\[Content_Types]\\.xml|docProps/core\\.xml");

    @FunctionalInterface
    private interface PartParser {
        XmlObject parse(String xml, XmlOptions options) throws XmlException;
    }

    private OoxmlSchema() {
    }

    /** Every schema error of every XML part of the package, by part name; empty when the package is valid. */
    static Map<String, List<String>> validate(byte[] docx) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> part : FixedZip.read(docx).entrySet()) {
            String name = part.getKey();
            if (!name.endsWith(".xml") && !name.endsWith(".rels") || OPC_PARTS.matcher(name).matches()) {
                continue;
            }
            List<String> partErrors = validatePart(name, new String(part.getValue(), StandardCharsets.UTF_8));
            if (!partErrors.isEmpty()) {
                errors.put(name, partErrors);
            }
        }
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx))) {
            opc.getPackageProperties().getCreatedProperty(); // the core properties are unmarshalled and checked on open
        } catch (Exception e) {
            errors.computeIfAbsent("[Content_Types].xml, docProps/core.xml", k -> new ArrayList<>()).add(e.toString());
        }
        return errors;
    }

    /** The schema errors of one part; a part without a known type is an error too, so no new part slips by. */
    static List<String> validatePart(String name, String xml) {
        PartParser factory = TYPES.entrySet().stream().filter(e -> e.getKey().matcher(name).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (factory == null) {
            return List.of("no schema type known for this part: add it to OoxmlSchema");
        }
        List<XmlError> found = new ArrayList<>();
        try {
            XmlObject parsed = factory.parse(xml, new XmlOptions().setLoadLineNumbers());
            parsed.validate(new XmlOptions().setErrorListener(found));
        } catch (XmlException e) {
            return List.of("not well-formed or not the expected root element: " + e.getMessage());
        }
        List<String> messages = new ArrayList<>();
        for (XmlError error : found) {
            messages.add((error.getLine() > 0 ? "line " + error.getLine() + ":" + error.getColumn() + ": " : "")
                    + error.getMessage() + context(xml, error));
        }
        return messages;
    }

    /** A little of the XML before the error, since the parts are written on one long line. */
    private static String context(String xml, XmlError error) {
        if (error.getLine() <= 0 || error.getColumn() <= 0) {
            return "";
        }
        int at = 0;
        for (int line = 1; line < error.getLine() && at >= 0; line++) {
            at = xml.indexOf('\n', at) + 1;
        }
        at = Math.min(xml.length(), at + error.getColumn() - 1);
        return "\n      near: ..." + xml.substring(Math.max(0, at - 160), Math.min(xml.length(), at + 40)) + "...";
    }

    /** The jar the schema types are loaded from: the tests must run on poi-ooxml-full, not on the lite subset. */
    static String typesJar() {
        return DocumentDocument.class.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}
