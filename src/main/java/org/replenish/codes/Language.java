package org.replenish.codes;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.replenish.units.Numbers;

/** The languages the service writes its messages in; English unless the client prefers German. */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN);

    // More than any rounded parameter carries, fewer than float noise needs to show.
    private static final int MAX_FRACTION_DIGITS = 6;

    // Below this a number's millionths fit a long exactly, so the fast path can write them.
    private static final double FAST_LIMIT = 1e9;
    private static final long MILLION = 1_000_000;
    // Whole parts below FAST_LIMIT have at most nine digits.
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    private final Locale locale;
    private final char groupingSeparator;
    private final char decimalSeparator;
    // NumberFormat is not thread-safe and costly to build: one per thread (the event loops), built once.
    private final ThreadLocal<NumberFormat> format;

    Language(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.groupingSeparator = symbols.getGroupingSeparator();
        this.decimalSeparator = symbols.getDecimalSeparator();
        this.format = ThreadLocal.withInitial(() -> {
            NumberFormat numberFormat = NumberFormat.getNumberInstance(locale);
            numberFormat.setGroupingUsed(true);
            numberFormat.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
            return numberFormat;
        });
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language an Accept-Language header prefers among those the service writes: the first range, by weight, whose
     * primary tag is one of them ("de-AT" is German); English for "*", for no header, for none of ours and for a header
     * that does not parse (an unreadable preference is no reason to refuse the answer).
     */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-")[0];
            if (range.getWeight() > 0) {
                for (Language language : values()) {
                    if (primary.equals("*") || primary.equals(language.tag())) {
                        return primary.equals("*") ? EN : language;
                    }
                }
            }
        }
        return EN;
    }

    /** The language tag of Content-Language. */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * A number as the language writes it, the one place that formats numbers for texts: 14 rather than 14.0, thousands
     * grouped (4,700 in English, 4.700 in German) and 0.5 as "0,5" in German. Parameters arrive rounded to the
     * precision their message shows, so every decimal they hold is written.
     */
    String number(double value) {
        StringBuilder out = new StringBuilder(16);
        appendNumber(value, out);
        return out.toString();
    }

    /** Appends {@link #number(double)}'s text, written straight into the message being rendered. */
    void appendNumber(double value, StringBuilder out) {
        double millionths = Math.abs(value) * MILLION;
        long rounded = Math.round(millionths);
        // The fast path writes what NumberFormat would, for the numbers messages carry: at most six decimals (far from
        // a rounding tie) and not a negative number that rounds to zero (NumberFormat writes "-0").
        boolean fast = Math.abs(value) < FAST_LIMIT && Math.abs(millionths - rounded) < 1e-3
                && (rounded != 0 || Double.doubleToRawLongBits(value) == 0);
        if (fast) {
            grouped(value < 0, rounded, out);
        } else {
            out.append(format.get().format(value));
        }
    }

    private void grouped(boolean negative, long millionths, StringBuilder out) {
        if (negative) {
            out.append('-');
        }
        long whole = millionths / MILLION;
        int digits = 1;
        for (long rest = whole / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = digits - 1; i >= 0; i--) { // most significant digit first, a separator before each group of three
            out.append((char) ('0' + whole / POWERS_OF_TEN[i] % 10));
            if (i > 0 && i % 3 == 0) {
                out.append(groupingSeparator);
            }
        }
        long fraction = millionths % MILLION;
        if (fraction != 0) {
            Numbers.appendDecimals(out.append(decimalSeparator), fraction, MILLION);
        }
    }
}
