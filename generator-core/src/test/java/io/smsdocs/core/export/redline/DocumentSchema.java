package io.smsdocs.core.export.redline;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates a redline's document.xml against the OOXML schema (XmlBeans types of poi-ooxml-full): where a
 * w:ins or w:del may stand, and the order of paragraph and row properties, are checked by the schema.
 */
final class DocumentSchema {

    private DocumentSchema() {
    }

    static List<String> errors(byte[] docx) {
        String xml = RedlineXml.documentXml(docx);
        List<XmlError> found = new ArrayList<>();
        try {
            DocumentDocument.Factory.parse(xml, new XmlOptions().setLoadLineNumbers()).validate(new XmlOptions().setErrorListener(found));
        } catch (XmlException e) {
            return List.of(e.getMessage());
        }
        List<String> messages = new ArrayList<>();
        for (XmlError error : found) {
            int at = Math.max(0, Math.min(xml.length(), error.getColumn()));
            messages.add(error.getMessage() + " near ..." + xml.substring(Math.max(0, at - 200), Math.min(xml.length(), at + 60)));
        }
        return messages;
    }
}
