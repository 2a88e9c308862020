package io.smsdocs.core.export.docx;

import java.util.regex.Pattern;

/** Links between documents of the set point to the sibling file of the same format. */
final class LinkTargets {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkTargets() {
    }

    static String forDocx(String url) {
        if (SCHEME.matcher(url).find() || url.startsWith("/") || url.startsWith("#")) {
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        if (path.endsWith(".md")) {
            // Heading anchors of the Markdown do not exist in the DOCX, so the link opens the document.
            return path.substring(0, path.length() - 3) + ".docx";
        }
        return path + anchor;
    }
}
