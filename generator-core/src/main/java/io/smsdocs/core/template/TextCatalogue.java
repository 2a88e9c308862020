package io.smsdocs.core.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's texts in one language, kept apart from its structure so that a translation repeats prose
 * only. A catalogue ({@code documents/sla.text.ftl}, {@code documents/sla.text_de.ftl}) is a list of
 * entries; each starts with a line {@code @@name} (or {@code @@name param ...}) and runs to the next one:
 * <pre>
 * &#64;&#64;purpose
 * This agreement sets out what ${service.name} delivers to its customers ...
 * &#64;&#64;row s
 * | ${s.name} | ${s.owner.title} |
 * </pre>
 * The structure template imports it ({@code <#import "sla.text.ftl" as text>}) and prints an entry with
 * {@code ${text.purpose()}} or {@code ${text.row(s)}}: the entry's text, rendered where it is called,
 * without its leading and trailing blank lines. Inside an entry everything FreeMarker offers works as in
 * any template, the library included ({@code <@sms.link .../>}).
 *
 * <p>FreeMarker reads a catalogue as the template this class turns it into, line for line, so an error in
 * an entry is reported at its own line: {@code @@name params} becomes the head of a function that captures
 * its body, closed at the end of the entry's last line (so a file keeps its line count and columns).
 */
public final class TextCatalogue {

    private static final Pattern FILE = Pattern.compile(".*\\.text(?:_[a-z]{2,3}(?:_[A-Z]{2})?)?\\.ftl$");
    private static final Pattern ENTRY = Pattern.compile("^@@(\\S*)(.*)$");
    private static final String IMPORT = "<#import \"" + SafeConfiguration.LIBRARY + "\" as sms>";
    private static final String CLOSE = "</#local><#return smsText?markup_string?trim?no_esc></#function>";

    private TextCatalogue() {
    }

    /** Whether a template path (or a template's source name) names a catalogue: {@code *.text.ftl} and its language variants. */
    public static boolean isCatalogue(String path) {
        return FILE.matcher(path).matches();
    }

    /** The FreeMarker template a catalogue's source stands for; its lines keep their numbers. */
    static String toTemplate(String source) {
        StringBuilder template = new StringBuilder(source.length() + 512).append(IMPORT);
        boolean open = false;
        int invalid = 0;
        for (String line : source.split("\n", -1)) {
            Matcher entry = ENTRY.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (entry.matches()) {
                // The previous entry closes at the end of its last line, so this line's own columns stay as written.
                if (open) {
                    template.insert(template.length() - 1, CLOSE);
                }
                String name = entry.group(1);
                if (!isName(name)) {
                    template.append("<#stop \"'").append(name.replace("\\", "").replace("\"", ""))
                            .append("' cannot name an entry: an entry name is a word of letters, digits and _ that FreeMarker does not reserve\">")
                            .append("<#function smsInvalidEntry").append(++invalid).append("><#local smsText>");
                } else {
                    template.append("<#function ").append(name).append(entry.group(2)).append("><#local smsText>");
                }
                open = true;
            } else {
                template.append(line);
            }
            template.append('\n');
        }
        template.setLength(template.length() - 1);
        if (open) {
            // The last entry closes at the end of its last line too; the file keeps its line count.
            boolean endsWithLineBreak = template.charAt(template.length() - 1) == '\n';
            template.insert(endsWithLineBreak ? template.length() - 1 : template.length(), CLOSE);
        }
        return template.toString();
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("true", "false", "as", "in", "using", "gt", "gte", "lt", "lte");

    private static boolean isName(String name) {
        return NAME.matcher(name).matches() && !RESERVED.contains(name);
    }
}
