package org.replenish.codes;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The languages the service writes its messages in; English unless the client prefers German. */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN);

    // More than any rounded parameter carries, fewer than float noise needs to show.
    private static final int MAX_FRACTION_DIGITS = 6;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
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
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
        return format.format(value);
    }
}
