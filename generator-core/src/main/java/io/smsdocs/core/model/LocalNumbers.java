package io.smsdocs.core.model;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A decimal as the set's language writes it: "99.95" in English, "99,95" in German, without trailing zeros. */
final class LocalNumbers {

    private LocalNumbers() {
    }

    static String decimal(BigDecimal number, Locale locale) {
        String plain = number.stripTrailingZeros().toPlainString();
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return separator == '.' ? plain : plain.replace('.', separator);
    }
}
