package io.smsdocs.core.export.redline;

import io.smsdocs.core.export.FixedZip;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One DOCX read for comparison: its parts, and its main document, styles and numbering parsed. A file that is
 * not a Word document is refused here with one clear problem naming the file, whatever it turned out to be.
 */
final class DocxPackage {

    private static final String STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final String name;
    private final Map<String, byte[]> parts;
    private final String mainPart;
    private final Document document;
    private final StyleCatalog styles;

    private DocxPackage(String name, Map<String, byte[]> parts, String mainPart, Document document, StyleCatalog styles) {
        this.name = name;
        this.parts = parts;
        this.mainPart = mainPart;
        this.document = document;
        this.styles = styles;
    }

    static DocxPackage read(byte[] bytes, String name) {
        if (bytes == null || bytes.length == 0) {
            throw notWord(name, "the file is empty");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            // OLE2: an old binary .doc, or a .docx that Word encrypted with a password (also wrapped in OLE2)
            throw notWord(name, "it is a Word 97-2003 (.doc) file or a password-protected document; save it in Word as an unprotected .docx");
        }
        Map<String, byte[]> parts;
        try {
            parts = FixedZip.read(bytes);
        } catch (UncheckedIOException e) {
            throw notWord(name, "it is not a readable zip package (" + e.getCause().getMessage() + ")");
        }
        if (parts.isEmpty()) {
            throw notWord(name, "it is not a zip package");
        }
        if (!hasEndOfCentralDirectory(bytes)) {
            // a zip read as a stream yields the entries before the cut; the redline would silently lack parts
            throw notWord(name, "the zip package is incomplete (the file was cut short, perhaps by a download or copy)");
        }
        String mainPart = mainPart(parts, name);
        byte[] main = parts.get(mainPart);
        if (main == null) {
            throw notWord(name, "it has no Word document part (" + mainPart + ")"
                    + (parts.containsKey("xl/workbook.xml") ? "; it is an Excel workbook" : ""));
        }
        Document document = parse(main, name, mainPart);
        Element root = document.getDocumentElement();
        if (STRICT_W.equals(root.getNamespaceURI())) {
            throw notWord(name, "it is saved as Strict Open XML; save it in Word as \"Word Document (*.docx)\"");
        }
        if (!Ooxml.is(root, "document") || Ooxml.child(root, "body") == null) {
            throw notWord(name, "its " + mainPart + " is not a WordprocessingML document with a body");
        }
        Document styles = optionalPart(parts, related(parts, mainPart, "/styles"), name);
        Document numbering = optionalPart(parts, related(parts, mainPart, "/numbering"), name);
        return new DocxPackage(name, new LinkedHashMap<>(parts), mainPart, document, new StyleCatalog(styles, numbering));
    }

    String name() {
        return name;
    }

    Document document() {
        return document;
    }

    Element body() {
        return Ooxml.child(document.getDocumentElement(), "body");
    }

    StyleCatalog styles() {
        return styles;
    }

    /** The package with its main document replaced by the (changed) DOM, written with fixed order and times. */
    byte[] write() {
        Map<String, byte[]> out = new LinkedHashMap<>(parts);
        out.put(mainPart, serialize(document));
        return FixedZip.write(out);
    }

    /** The main document part named by the package relationships (word/document.xml in practice). */
    private static String mainPart(Map<String, byte[]> parts, String name) {
        byte[] rels = parts.get("_rels/.rels");
        if (rels != null) {
            Document relationships = parse(rels, name, "_rels/.rels");
            var list = relationships.getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
            for (int i = 0; i < list.getLength(); i++) {
                Element relationship = (Element) list.item(i);
                if (relationship.getAttribute("Type").endsWith("/officeDocument")) {
                    String target = relationship.getAttribute("Target");
                    return target.startsWith("/") ? target.substring(1) : target;
                }
            }
        }
        return "word/document.xml";
    }

    /** The part a relationship of the main part points to, by the end of its type; null when there is none. */
    private static String related(Map<String, byte[]> parts, String mainPart, String typeSuffix) {
        int slash = mainPart.lastIndexOf('/');
        String folder = slash < 0 ? "" : mainPart.substring(0, slash + 1);
        byte[] rels = parts.get(folder + "_rels/" + mainPart.substring(slash + 1) + ".rels");
        if (rels == null) {
            return null;
        }
        Document relationships;
        try {
            relationships = builder().parse(new ByteArrayInputStream(rels));
        } catch (SAXException | IOException e) {
            return null; // styles only sharpen heading detection; a broken relationship part is not worth refusing the file
        }
        var list = relationships.getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element relationship = (Element) list.item(i);
            if (relationship.getAttribute("Type").endsWith(typeSuffix) && !"External".equals(relationship.getAttribute("TargetMode"))) {
                String target = relationship.getAttribute("Target");
                return target.startsWith("/") ? target.substring(1) : folder + target;
            }
        }
        return null;
    }

    private static Document optionalPart(Map<String, byte[]> parts, String part, String name) {
        return part == null || !parts.containsKey(part) ? null : parse(parts.get(part), name, part);
    }

    private static Document parse(byte[] xml, String name, String part) {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw notWord(name, "its " + part + " declares a DOCTYPE, which a Word document never does");
            }
            throw notWord(name, "its " + part + " is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            throw notWord(name, "its " + part + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A client's file is untrusted input: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) { // a configured factory is not guaranteed to be thread-safe
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(null); // errors are thrown, not printed to stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            document.setXmlStandalone(true);
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the redline's document part", e);
        }
    }

    /** True when the zip ends with its central directory, as a complete zip file does. */
    private static boolean hasEndOfCentralDirectory(byte[] zip) {
        // the record is 22 bytes plus a comment of at most 65535 bytes, at the very end
        for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 5 && zip[at + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static SmsException notWord(String name, String reason) {
        // The file is the problem's source, so the line reads "<name>: not a Word document (.docx): <reason>".
        return new SmsException(Problem.error(SourceLocation.of(name), "not a Word document (.docx): " + reason,
                "compare .docx files as Word, LibreOffice or smsdocs save them"));
    }
}
