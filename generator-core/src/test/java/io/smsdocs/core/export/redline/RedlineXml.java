package io.smsdocs.core.export.redline;

import io.smsdocs.core.export.FixedZip;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads a DOCX's document.xml back for assertions: its tracked changes and paragraphs. */
final class RedlineXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One w:ins or w:del: around runs ("text"), on a paragraph mark ("mark") or on a table row ("row"). */
    record Change(String kind, String on, String id, String author, String date, String text) {
    }

    private final Document document;

    RedlineXml(byte[] docx) {
        byte[] documentXml = FixedZip.read(docx).get("word/document.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(documentXml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String documentXml(byte[] docx) {
        return new String(FixedZip.read(docx).get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
    }

    List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        var all = document.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!e.getLocalName().equals("ins") && !e.getLocalName().equals("del")) {
                continue;
            }
            String parent = e.getParentNode().getLocalName();
            String on = parent.equals("rPr") ? "mark" : parent.equals("trPr") ? "row" : "text";
            String text = on.equals("row") ? text((Element) e.getParentNode().getParentNode(), e.getLocalName())
                    : on.equals("text") ? text(e, e.getLocalName()) : "";
            changes.add(new Change(e.getLocalName(), on, e.getAttributeNS(W, "id"), e.getAttributeNS(W, "author"),
                    e.getAttributeNS(W, "date"), text));
        }
        return changes;
    }

    /** The texts of the runs marked inserted (kind "ins") or deleted ("del"), one entry per w:ins / w:del. */
    List<String> texts(String kind) {
        return changes().stream().filter(c -> c.kind().equals(kind) && c.on().equals("text")).map(Change::text).toList();
    }

    /** The text of every paragraph of the body (w:t only: what reads with all changes accepted). */
    List<String> acceptedParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        var list = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < list.getLength(); i++) {
            paragraphs.add(text((Element) list.item(i), "ins"));
        }
        return paragraphs;
    }

    /** The serialised paragraph that holds the text (with all changes accepted), for byte comparisons. */
    String paragraphXml(String containing) {
        var list = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            if (text(p, "ins").contains(containing)) {
                return serialize(p);
            }
        }
        throw new AssertionError("no paragraph holds: " + containing);
    }

    List<Element> elements(String localName) {
        var list = document.getElementsByTagNameNS(W, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    /** The text below an element: w:t for "ins", w:delText for "del". */
    private static String text(Element element, String kind) {
        StringBuilder text = new StringBuilder();
        var texts = element.getElementsByTagNameNS(W, kind.equals("del") ? "delText" : "t");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent());
        }
        return text.toString();
    }

    static String serialize(Node node) {
        try {
            var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new java.io.StringWriter();
            transformer.transform(new javax.xml.transform.dom.DOMSource(node), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
