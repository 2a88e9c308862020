package io.smsdocs.core.export.redline;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the redline needs from a document's styles and numbering: which paragraph styles are headings (for
 * the changed sections) or the title, and which style and list ids exist (content carried over from the old
 * document must not point at a style or list the new document lacks).
 */
final class StyleCatalog {

    // Word names the built-in heading styles "heading 1" whatever the UI language; the id is localised
    // ("berschrift1" in German Word), so the name decides, the id and outline level are fallbacks.
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)heading\\s*([1-9])");
    private static final Pattern HEADING_ID = Pattern.compile("Heading([1-9])");

    private final Map<String, Integer> headingLevels = new HashMap<>();
    private final Set<String> titleStyles = new HashSet<>();
    private final Set<String> styleIds = new HashSet<>();
    private final Set<String> numberingIds = new HashSet<>();
    private final boolean hasNumbering;

    StyleCatalog(Document styles, Document numbering) {
        Map<String, Element> byId = new HashMap<>();
        if (styles != null) {
            for (Element style : Ooxml.descendants(styles.getDocumentElement(), "style")) {
                String id = Ooxml.attr(style, "styleId");
                if (id != null) {
                    byId.put(id, style);
                    styleIds.add(id);
                }
            }
        }
        for (Map.Entry<String, Element> style : byId.entrySet()) {
            int level = headingLevel(style.getKey(), byId, 0);
            if (level > 0) {
                headingLevels.put(style.getKey(), level);
            }
            String name = nameOf(style.getValue());
            if ("title".equalsIgnoreCase(name) || "Title".equals(style.getKey())) {
                titleStyles.add(style.getKey());
            }
        }
        hasNumbering = numbering != null;
        if (numbering != null) {
            for (Element num : Ooxml.descendants(numbering.getDocumentElement(), "num")) {
                numberingIds.add(Ooxml.attr(num, "numId"));
            }
        }
    }

    /** The heading level (1–9) of a paragraph style, 0 when it is not a heading. */
    int headingLevel(String styleId) {
        if (styleId == null) {
            return 0;
        }
        Integer level = headingLevels.get(styleId);
        if (level != null) {
            return level;
        }
        Matcher id = HEADING_ID.matcher(styleId);
        return id.matches() ? Integer.parseInt(id.group(1)) : 0; // a document without a styles part
    }

    boolean isTitle(String styleId) {
        return styleId != null && (titleStyles.contains(styleId) || styleIds.isEmpty() && styleId.equals("Title"));
    }

    /** True when the style id is defined here (or the document has no styles part to check against). */
    boolean hasStyle(String styleId) {
        return styleIds.isEmpty() || styleIds.contains(styleId);
    }

    /** True when the list id is defined here; 0 means "no list" and is always valid. */
    boolean hasNumbering(String numId) {
        return "0".equals(numId) || hasNumbering && numberingIds.contains(numId);
    }

    private static int headingLevel(String id, Map<String, Element> byId, int depth) {
        Element style = byId.get(id);
        if (style == null || depth > 10) {
            return 0;
        }
        Matcher name = HEADING_NAME.matcher(nameOf(style).toLowerCase(Locale.ROOT));
        if (name.matches()) {
            return Integer.parseInt(name.group(1));
        }
        Matcher byIdName = HEADING_ID.matcher(id);
        if (byIdName.matches()) {
            return Integer.parseInt(byIdName.group(1));
        }
        Element pPr = Ooxml.child(style, "pPr");
        Element outline = pPr == null ? null : Ooxml.child(pPr, "outlineLvl");
        if (outline != null) {
            int level = parse(Ooxml.attr(outline, "val")) + 1;
            return level >= 1 && level <= 9 ? level : 0;
        }
        Element basedOn = Ooxml.child(style, "basedOn");
        return basedOn == null ? 0 : headingLevel(Ooxml.attr(basedOn, "val"), byId, depth + 1);
    }

    private static String nameOf(Element style) {
        Element name = Ooxml.child(style, "name");
        String value = name == null ? null : Ooxml.attr(name, "val");
        return value == null ? "" : value;
    }

    static int parse(String number) {
        try {
            return number == null ? -1 : Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
