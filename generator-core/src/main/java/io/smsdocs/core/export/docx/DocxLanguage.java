package io.smsdocs.core.export.docx;

import java.util.Locale;
import java.util.Map;

/**
 * The language Word marks the text with ({@code w:lang}), for spelling, grammar and hyphenation, from the
 * set's two-letter language (sms.language). Word wants a language with its region: German is de-DE,
 * English en-GB (ISO/IEC 20000 documents are written in British English). A language without a usual
 * region here keeps its bare code, which is a valid tag as well.
 */
final class DocxLanguage {

    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("en", "en-GB"), Map.entry("de", "de-DE"), Map.entry("fr", "fr-FR"), Map.entry("es", "es-ES"),
            Map.entry("it", "it-IT"), Map.entry("nl", "nl-NL"), Map.entry("pt", "pt-PT"), Map.entry("pl", "pl-PL"),
            Map.entry("cs", "cs-CZ"), Map.entry("sk", "sk-SK"), Map.entry("hu", "hu-HU"), Map.entry("ro", "ro-RO"),
            Map.entry("sv", "sv-SE"), Map.entry("da", "da-DK"), Map.entry("nb", "nb-NO"), Map.entry("no", "nb-NO"),
            Map.entry("fi", "fi-FI"), Map.entry("el", "el-GR"), Map.entry("tr", "tr-TR"), Map.entry("ru", "ru-RU"),
            Map.entry("uk", "uk-UA"), Map.entry("ja", "ja-JP"), Map.entry("zh", "zh-CN"), Map.entry("ko", "ko-KR"));

    static final String DEFAULT = "en-GB";

    private DocxLanguage() {
    }

    /** de → de-DE, en → en-GB, another code → its usual region or the bare code; no language → en-GB. */
    static String tag(String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        return REGIONS.getOrDefault(code, code);
    }

    /** Whether Word should hyphenate the set automatically: German, with its long compounds, in narrow table cells. */
    static boolean hyphenates(String tag) {
        return tag.equals("de") || tag.startsWith("de-");
    }
}
