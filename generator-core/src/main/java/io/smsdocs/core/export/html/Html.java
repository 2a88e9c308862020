package io.smsdocs.core.export.html;

/** Text and attribute values made safe for HTML: every page writes descriptor text through here. */
final class Html {

    private Html() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An id or fragment from a clause number: clause-8-6-1 (dots would need escaping in CSS selectors). */
    static String clauseId(String clause) {
        return "clause-" + clause.replace('.', '-');
    }

    /** A fragment as it goes into an href: characters outside ASCII letters, digits and -_. percent-encoded (UTF-8). */
    static String fragment(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
