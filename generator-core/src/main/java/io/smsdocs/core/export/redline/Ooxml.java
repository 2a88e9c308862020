package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/** The few DOM helpers the redline needs for WordprocessingML: element children, names and attributes. */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private Ooxml() {
    }

    /** True when the node is the WordprocessingML element of that local name. */
    static boolean is(Node node, String localName) {
        return node instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    static boolean isAny(Node node, String... localNames) {
        for (String name : localNames) {
            if (is(node, name)) {
                return true;
            }
        }
        return false;
    }

    /** The element children, as a snapshot the caller may change the tree under. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** The first WordprocessingML child of that name, or null. */
    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Every WordprocessingML descendant of that name in document order, as a snapshot. */
    static List<Element> descendants(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS(W, localName);
        List<Element> list = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            list.add((Element) found.item(i));
        }
        return list;
    }

    /** A w: attribute's value, or null when absent. */
    static String attr(Element element, String localName) {
        return element.hasAttributeNS(W, localName) ? element.getAttributeNS(W, localName) : null;
    }

    /** Replaces the element by its children (accepting an insertion keeps its content). */
    static void unwrap(Element element) {
        Node parent = element.getParentNode();
        while (element.getFirstChild() != null) {
            parent.insertBefore(element.getFirstChild(), element);
        }
        parent.removeChild(element);
    }

    static void remove(Node node) {
        if (node.getParentNode() != null) {
            node.getParentNode().removeChild(node);
        }
    }

    static void insertAfter(Node node, Node reference) {
        reference.getParentNode().insertBefore(node, reference.getNextSibling());
    }
}
