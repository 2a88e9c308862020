package io.smsdocs.core.export.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph's text into the tokens the word-level diff compares. A clause number (8.3.3), an id
 * (SLA-02, P1), a time range (07:00-19:00) or a word with an apostrophe stays one token: a changed target
 * "99.5" → "99.9" reads as one replaced number, not as a changed digit after an unchanged "99.".
 */
final class Tokenizer {

    /** Marks a field or an object in a paragraph's character stream; its key comes from the paragraph. */
    static final char OBJECT = '\uFFFC';

    private static final Pattern TOKEN = Pattern.compile(
            "\uFFFC"
                    // letters and digits, joined by . - / : _ ' ’ between two of them, or by a comma between digits
                    + "|[\\p{L}\\p{N}]+(?:(?:[.\\-/:_'’]|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{N}]+)*"
                    + "|\\s+"
                    + "|.", Pattern.DOTALL);

    private Tokenizer() {
    }

    /** The tokens of a character stream; objectKeys gives the key of each OBJECT character by its offset. */
    static List<Token> tokens(String chars, Map<Integer, String> objectKeys) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(chars);
        while (matcher.find()) {
            String text = matcher.group();
            String key = text.charAt(0) == OBJECT && text.length() == 1
                    ? OBJECT + objectKeys.getOrDefault(matcher.start(), "") : text;
            tokens.add(new Token(key, matcher.start(), matcher.end()));
        }
        return tokens;
    }
}
