package io.smsdocs.core.export.docx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What one document adds to the shared package: hyperlink and image relationships, media parts and
 * numbering instances. Ids are handed out in order of appearance, so the same input gives the same ids.
 */
final class DocumentAdditions {

    static final String HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    static final String IMAGE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    private final PackageTemplate template;
    private final StringBuilder relationships = new StringBuilder();
    private final StringBuilder numbering = new StringBuilder();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final TreeSet<String> mediaTypes = new TreeSet<>();
    private final Map<String, String> hyperlinkIds = new LinkedHashMap<>();
    private int nextRelationshipId;
    private int nextMediaNumber;
    private int nextNumId;
    private int nextDrawingId = 1;
    private Integer bulletNumId;

    DocumentAdditions(PackageTemplate template) {
        this.template = template;
        this.nextRelationshipId = template.firstFreeRelationshipId();
        this.nextMediaNumber = template.firstFreeMediaNumber();
        this.nextNumId = template.firstFreeNumId();
    }

    String hyperlink(String target) {
        return hyperlinkIds.computeIfAbsent(target, t -> relationship(HYPERLINK_TYPE, Xml.text(t), true));
    }

    String image(ImageLoader.Picture picture) {
        String name = "image" + nextMediaNumber++ + "." + picture.extension();
        media.put("word/media/" + name, picture.bytes());
        mediaTypes.add(picture.extension() + "\u0000" + picture.contentType());
        return relationship(IMAGE_TYPE, "media/" + name, false);
    }

    int drawingId() {
        return nextDrawingId++;
    }

    /** All bullet lists share one numbering instance; bullets have no count to restart. */
    int bulletList() {
        if (bulletNumId == null) {
            bulletNumId = nextNumId++;
            numbering.append("<w:num w:numId=\"").append(bulletNumId).append("\"><w:abstractNumId w:val=\"")
                    .append(template.bulletAbstractId()).append("\"/></w:num>");
        }
        return bulletNumId;
    }

    /** Every ordered list gets its own instance that restarts at 1. */
    int orderedList() {
        int id = nextNumId++;
        numbering.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"")
                .append(template.orderedAbstractId()).append("\"/>");
        for (int level = 0; level < DocxNumbering.LEVELS; level++) {
            numbering.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        }
        numbering.append("</w:num>");
        return id;
    }

    String relationshipsXml() {
        return relationships.toString();
    }

    String numberingXml() {
        return numbering.toString();
    }

    Map<String, byte[]> media() {
        return media;
    }

    /** Extension and content type of each kind of media added, separated by a NUL. */
    Iterable<String> mediaTypes() {
        return mediaTypes;
    }

    private String relationship(String type, String target, boolean external) {
        String id = "rId" + nextRelationshipId++;
        relationships.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type).append("\" Target=\"")
                .append(target).append('"');
        if (external) {
            relationships.append(" TargetMode=\"External\"");
        }
        relationships.append("/>");
        return id;
    }
}
