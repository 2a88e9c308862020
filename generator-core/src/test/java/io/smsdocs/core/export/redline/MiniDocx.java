package io.smsdocs.core.export.redline;

import io.smsdocs.core.export.FixedZip;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal DOCX around a body written in the test, for comparing one feature at a time. */
final class MiniDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private MiniDocx() {
    }

    static byte[] of(String bodyXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", bytes("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                </Types>"""));
        parts.put("_rels/.rels", bytes("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                </Relationships>"""));
        parts.put("word/_rels/document.xml.rels", bytes("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com" TargetMode="External"/>\
                </Relationships>"""));
        parts.put("word/styles.xml", bytes("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="%s">\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
                <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>\
                <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>\
                <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/></w:style>\
                <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>\
                </w:styles>""".formatted(W)));
        parts.put("word/document.xml", bytes("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>""".formatted(W, bodyXml)));
        return FixedZip.write(parts);
    }

    /** A plain paragraph, one run per argument. */
    static String p(String... runs) {
        StringBuilder xml = new StringBuilder("<w:p>");
        for (String run : runs) {
            xml.append(r(run));
        }
        return xml.append("</w:p>").toString();
    }

    /** A paragraph of a style. */
    static String styled(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + r(text) + "</w:p>";
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A table of plain text cells, rows separated by "|" inside and by array elements outside. */
    static String table(String... rows) {
        StringBuilder xml = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        int columns = rows[0].split("\\|", -1).length;
        xml.append("<w:gridCol w:w=\"2000\"/>".repeat(columns)).append("</w:tblGrid>");
        for (String row : rows) {
            xml.append("<w:tr>");
            for (String cell : row.split("\\|", -1)) {
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").append(p(cell)).append("</w:tc>");
            }
            xml.append("</w:tr>");
        }
        return xml.append("</w:tbl>").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
