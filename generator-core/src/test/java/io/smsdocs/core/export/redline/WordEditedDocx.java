package io.smsdocs.core.export.redline;

import io.smsdocs.core.export.FixedZip;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated Service Desk SLA as it comes back from a client who edited it in Word with "Track Changes" on and
 * did not accept the changes: the markup Word writes for it, built by hand on the generated file (Word itself is
 * not available here). It holds pending tracked changes by "Client Reviewer" (a replaced target, an inserted
 * sentence, a deleted paragraph with its mark, an inserted table row, a formatting change), a comment, a
 * block-level and an inline content control, a simple field, Word's _GoBack bookmark and proofing marks, and the
 * w14 namespace with mc:Ignorable and paragraph ids.
 */
final class WordEditedDocx {

    static final String CLIENT = "Client Reviewer";
    private static final String CHANGE = "w:author=\"" + CLIENT + "\" w:date=\"2026-10-02T09:12:00Z\"";

    private WordEditedDocx() {
    }

    /** The client's version: what the tracked changes say with them accepted is described on each edit. */
    static byte[] edit(byte[] generated) {
        Map<String, byte[]> parts = new LinkedHashMap<>(FixedZip.read(generated));
        String xml = text(parts.get("word/document.xml"));

        xml = once(xml, "<w:document ", "<w:document xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\" ");
        // a customer row inserted in the parties table (pending)
        Matcher tailspin = Pattern.compile("<w:tr><w:trPr><w:cantSplit/></w:trPr>(?:(?!<w:tr>).)*?Finance Director.*?</w:tr>").matcher(xml);
        require(tailspin.find(), "the Tailspin row");
        String row = tailspin.group()
                .replace("<w:trPr><w:cantSplit/></w:trPr>", "<w:trPr><w:cantSplit/><w:ins w:id=\"9006\" " + CHANGE + "/></w:trPr>")
                .replace("Tailspin Logistics Ltd", "Fabrikam Foods Ltd").replace("Finance Director", "Chief Executive")
                .replaceAll("(<w:r><w:t xml:space=\"preserve\">[^<]*</w:t></w:r>)", "<w:ins w:id=\"9100\" " + CHANGE + ">$1</w:ins>");
        row = numbered(row, "9100");
        xml = xml.substring(0, tailspin.end()) + row + xml.substring(tailspin.end());

        xml = paragraphIds(xml);

        // 99.5 % → 99.7 % (pending)
        xml = once(xml, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">99.5%</w:t></w:r>",
                "<w:del w:id=\"9001\" " + CHANGE + "><w:r w:rsidDel=\"00C1A2B3\"><w:rPr><w:b/></w:rPr><w:delText>99.5%</w:delText></w:r></w:del>"
                        + "<w:ins w:id=\"9002\" " + CHANGE + "><w:r w:rsidR=\"00C1A2B3\"><w:rPr><w:b/></w:rPr><w:t>99.7%</w:t></w:r></w:ins>");

        // the Purpose paragraph: in a block-level content control, with a sentence added (pending)
        Matcher purpose = paragraph(xml, "This agreement sets out what Service Desk provides");
        String purposeXml = purpose.group().replace("</w:p>", "<w:ins w:id=\"9003\" " + CHANGE + "><w:r>"
                + "<w:t xml:space=\"preserve\"> The customer reviews it every year.</w:t></w:r></w:ins></w:p>");
        xml = xml.substring(0, purpose.start())
                + "<w:sdt><w:sdtPr><w:alias w:val=\"Purpose\"/><w:tag w:val=\"purpose\"/><w:id w:val=\"-1402012345\"/></w:sdtPr>"
                + "<w:sdtContent>" + purposeXml + "</w:sdtContent></w:sdt>"
                // a paragraph the client typed before turning Track Changes on: a date field in it
                + "<w:p><w:r><w:t xml:space=\"preserve\">Reviewed with the customer on </w:t></w:r>"
                + "<w:fldSimple w:instr=\" DATE \\@ &quot;yyyy-MM-dd&quot; \"><w:r><w:t>2026-10-02</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t>.</w:t></w:r></w:p>"
                + xml.substring(purpose.end());

        // a comment on the paragraph after the service description (LibreOffice 7.4 loses the text of a commented
        // paragraph inside a block-level content control, even in the client's own file, so it is not put there)
        Matcher owned = paragraph(xml, "The service is entered in the");
        String ownedXml = owned.group()
                .replaceFirst("(<w:p [^>]*>)", "$1<w:commentRangeStart w:id=\"0\"/>")
                .replace("</w:p>", "<w:commentRangeEnd w:id=\"0\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>"
                        + "<w:commentReference w:id=\"0\"/></w:r></w:p>");
        xml = xml.substring(0, owned.start()) + ownedXml + xml.substring(owned.end());

        // an inline (plain text) content control around the service description
        xml = once(xml, "<w:r><w:t xml:space=\"preserve\">Single point of contact for incidents and requests by phone, e-mail and portal.</w:t></w:r>",
                "<w:sdt><w:sdtPr><w:alias w:val=\"Description\"/><w:id w:val=\"99\"/><w:text/></w:sdtPr><w:sdtContent>"
                        + "<w:r><w:t xml:space=\"preserve\">Single point of contact for incidents and requests by phone, e-mail and portal.</w:t></w:r>"
                        + "</w:sdtContent></w:sdt>");

        // Word's marks: the _GoBack bookmark, proofing errors, a rendered page break
        xml = once(xml, "<w:r><w:t xml:space=\"preserve\">its scope. It is owned by",
                "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellStart\"/>"
                        + "<w:r><w:lastRenderedPageBreak/><w:t xml:space=\"preserve\">its scope. It is owned by");

        // the paragraph under the parties table, deleted with its paragraph mark (pending)
        Matcher annex = paragraph(xml, "Where a customer has agreed different targets");
        String deleted = annex.group()
                .replace("<w:pPr><w:spacing w:before=\"160\"/></w:pPr>",
                        "<w:pPr><w:spacing w:before=\"160\"/><w:rPr><w:del w:id=\"9004\" " + CHANGE + "/></w:rPr></w:pPr>")
                .replaceAll("<w:r><w:t xml:space=\"preserve\">([^<]*)</w:t></w:r>",
                        "<w:del w:id=\"9200\" " + CHANGE + "><w:r><w:delText xml:space=\"preserve\">$1</w:delText></w:r></w:del>");
        deleted = numbered(deleted, "9200");
        xml = xml.substring(0, annex.start()) + deleted + xml.substring(annex.end());

        // the Purpose heading made bold (a pending formatting change)
        xml = once(xml, "<w:r><w:t xml:space=\"preserve\">Purpose</w:t></w:r></w:p><w:sdt>",
                "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"9008\" " + CHANGE + "><w:rPr/></w:rPrChange></w:rPr>"
                        + "<w:t xml:space=\"preserve\">Purpose</w:t></w:r></w:p><w:sdt>");

        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        parts.put("word/comments.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:comment w:id=\"0\" " + CHANGE + " w:initials=\"CR\"><w:p><w:r><w:annotationRef/></w:r>"
                + "<w:r><w:t>Aisha takes the Service Desk Manager role in October.</w:t></w:r></w:p></w:comment></w:comments>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/_rels/document.xml.rels", once(text(parts.get("word/_rels/document.xml.rels")), "</Relationships>",
                "<Relationship Id=\"rId900\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
                        + "Target=\"comments.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("[Content_Types].xml", once(text(parts.get("[Content_Types].xml")), "</Types>",
                "<Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\" "
                        + "PartName=\"/word/comments.xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        return FixedZip.write(parts);
    }

    /** Word gives every paragraph a w14:paraId and revision ids. */
    private static String paragraphIds(String xml) {
        StringBuilder out = new StringBuilder();
        Matcher p = Pattern.compile("<w:p>").matcher(xml);
        int id = 0x1A2B0000;
        while (p.find()) {
            p.appendReplacement(out, "<w:p w14:paraId=\"" + Integer.toHexString(id++).toUpperCase() + "\" w14:textId=\"77777777\" "
                    + "w:rsidR=\"00A14F2C\" w:rsidRDefault=\"00A14F2C\">");
        }
        p.appendTail(out);
        return out.toString();
    }

    /** Gives each change written with the placeholder id its own id, counting up from it. */
    private static String numbered(String xml, String placeholder) {
        StringBuilder out = new StringBuilder();
        Matcher id = Pattern.compile("w:id=\"" + placeholder + "\"").matcher(xml);
        int next = Integer.parseInt(placeholder);
        while (id.find()) {
            id.appendReplacement(out, "w:id=\"" + next++ + "\"");
        }
        id.appendTail(out);
        return out.toString();
    }

    private static Matcher paragraph(String xml, String containing) {
        Matcher paragraph = Pattern.compile("<w:p [^>]*>(?:(?!<w:p ).)*?" + Pattern.quote(containing) + ".*?</w:p>").matcher(xml);
        require(paragraph.find(), containing);
        return paragraph;
    }

    private static String once(String text, String find, String replacement) {
        require(text.contains(find), find);
        return text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replacement));
    }

    private static void require(boolean found, String what) {
        if (!found) {
            throw new IllegalStateException("the generated SLA changed; the Word-edited fixture no longer finds: " + what);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
