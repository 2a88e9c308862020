package io.smsdocs.core.model;

import java.util.Locale;
import java.util.Map;

/**
 * The articles and pronouns that agree with a title inserted into a German sentence. German text cannot
 * write "der ${role.title}": "Oberste Leitung" needs "die", "Servicemanagement-Team" "das", and the pronoun
 * that refers back follows the same gender. Templates write the masculine form as the key and print
 * what agrees with the title: {@code ${r.de.der} ${r.title}}, {@code ${r.de.dem}}, {@code ${r.de.er}}.
 *
 * <p>The gender comes from the descriptor ({@code roles[].grammar}) or from the head noun of the title: the
 * last part of the last word ({@code IT-Service-Manager} → {@code Manager}), looked up by its ending in the
 * lexicon the pack's {@code grammar.properties} gives ({@code gender.leitung = f}), which a pack or docs repo
 * extends key by key like any bundle. A title the lexicon does not know, such as an English one, takes the
 * masculine forms, as German style guides accept for a role name.
 */
public final class GermanGrammar {

    /** How a noun phrase declines. */
    public enum Gender { MASCULINE, FEMININE, NEUTER, PLURAL }

    static final String LEXICON_PREFIX = "gender.";

    private GermanGrammar() {
    }

    /**
     * @param declared {@code m}, {@code f} or {@code n} from the descriptor, or null
     * @param lexicon  the merged fixed texts: keys {@code gender.<ending> = m|f|n|pl}
     */
    public static Gender genderOf(String title, String declared, boolean plural, Map<String, String> lexicon) {
        if (plural) {
            return Gender.PLURAL;
        }
        if (declared != null) {
            return parse(declared);
        }
        if (title == null || title.isBlank()) {
            return Gender.MASCULINE;
        }
        if (ENGLISH.matcher(title).find()) {
            return Gender.MASCULINE; // "Head of Service Management" is not neuter because it ends in "Management"
        }
        String[] words = title.strip().split("\\s+");
        // The head noun ends the title ("Oberste Leitung", "IT-Service-Managerin") or, followed by what it leads,
        // starts it ("Leiterin IT-Betrieb"): the last word first, then the first.
        String ending = ending(headOf(words[words.length - 1]), lexicon);
        if (ending == null && words.length > 1) {
            ending = ending(headOf(words[0]), lexicon);
        }
        return ending == null ? Gender.MASCULINE : parse(lexicon.get(LEXICON_PREFIX + ending).strip());
    }

    private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile("(?i)\\b(of|for|the|head|chief)\\b");

    private static String headOf(String word) {
        return word.substring(word.lastIndexOf('-') + 1).toLowerCase(Locale.GERMAN);
    }

    /**
     * The longest lexicon ending the word has, or null: its endings are looked up from the longest down, rather
     * than every text of the lexicon tried (a set's fixed texts are thousands, and every role is asked).
     */
    private static String ending(String word, Map<String, String> lexicon) {
        for (int start = 0; start <= word.length(); start++) {
            String ending = word.substring(start);
            if (lexicon.containsKey(LEXICON_PREFIX + ending)) {
                return ending;
            }
        }
        return null;
    }

    private static Gender parse(String code) {
        return switch (code) {
            case "f" -> Gender.FEMININE;
            case "n" -> Gender.NEUTER;
            case "pl" -> Gender.PLURAL;
            default -> Gender.MASCULINE;
        };
    }

    /**
     * The forms, keyed by their masculine singular: definite article by case (der, des, dem, den), indefinite
     * article (ein, eines, einem, einen), pronouns (er, ihn, ihm, sein as the possessive stem), relative
     * pronoun (der, dessen, dem, den as "welcher"), the adjective ending after a definite article in the
     * nominative and accusative (adjDer: "zuständige", adjDen: "zuständigen"), and each with a capital
     * first letter for the start of a sentence (Der, Er ...).
     */
    public static Map<String, String> forms(Gender gender) {
        String[] f = switch (gender) {
            //                 der    des    dem    den    ein     eines    einem    einen   er     ihn    ihm     sein   dessen   adjDer adjDen
            case MASCULINE -> new String[] {"der", "des", "dem", "den", "ein", "eines", "einem", "einen", "er", "ihn", "ihm", "sein", "dessen", "e", "en"};
            case FEMININE -> new String[] {"die", "der", "der", "die", "eine", "einer", "einer", "eine", "sie", "sie", "ihr", "ihr", "deren", "e", "e"};
            case NEUTER -> new String[] {"das", "des", "dem", "das", "ein", "eines", "einem", "ein", "es", "es", "ihm", "sein", "dessen", "e", "e"};
            case PLURAL -> new String[] {"die", "der", "den", "die", "", "", "", "", "sie", "sie", "ihnen", "ihr", "deren", "en", "en"};
        };
        String[] keys = {"der", "des", "dem", "den", "ein", "eines", "einem", "einen", "er", "ihn", "ihm", "sein", "dessen", "adjDer", "adjDen"};
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            forms.put(keys[i], f[i]);
            if (!keys[i].startsWith("adj")) {
                forms.put(capitalised(keys[i]), capitalised(f[i]));
            }
        }
        forms.put("gender", switch (gender) {
            case MASCULINE -> "m";
            case FEMININE -> "f";
            case NEUTER -> "n";
            case PLURAL -> "pl";
        });
        forms.put("plural", gender == Gender.PLURAL ? "yes" : "");
        return java.util.Collections.unmodifiableMap(forms);
    }

    /**
     * The forms with the title itself declined where German needs it after a definite article: an adjective
     * before the noun takes "-n" ("der Obersten Leitung", "den Leitenden Ingenieur"), a plural noun its dative
     * "-n" ("den Bereichsleitern"). Keys {@code titleDer}, {@code titleDes}, {@code titleDem}, {@code titleDen}
     * (nominative, genitive, dative, accusative): {@code ${r.de.dem} ${r.de.titleDem}}.
     */
    public static Map<String, String> forms(Gender gender, String title) {
        Map<String, String> forms = new java.util.LinkedHashMap<>(forms(gender));
        String t = title == null ? "" : title.strip();
        String[] words = t.split("\\s+");
        boolean adjective = words.length > 1 && ADJECTIVE.matcher(words[0]).matches() && !ENGLISH.matcher(t).find();
        String rest = words.length > 1 ? t.substring(words[0].length()) : "";
        String weak = adjective ? words[0] + "n" + rest : t;
        String nominative = gender == Gender.PLURAL ? weak : t;
        String accusative = gender == Gender.MASCULINE || gender == Gender.PLURAL ? weak : t;
        String dative = weak;
        if (gender == Gender.PLURAL && !t.isEmpty() && !t.endsWith("n") && !t.endsWith("s")) {
            dative = weak + "n";
        }
        forms.put("titleDer", nominative);
        forms.put("titleDes", weak);
        forms.put("titleDem", dative);
        forms.put("titleDen", accusative);
        return java.util.Collections.unmodifiableMap(forms);
    }

    /** A German adjective before the head noun of a title: "Oberste", "Zentrale", "Technische", "Leitende". */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            "[A-ZÄÖÜ][a-zäöüß]*(st|er|al|isch|lich|ig|en|iv|ell|ar|nd)e");

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
