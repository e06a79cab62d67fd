package org.replenish.codes;

import java.util.Locale;

/** The languages the service writes its messages in; English unless the client prefers German. */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag of Content-Language. */
    public String tag() {
        return locale.getLanguage();
    }

    /** A number as the language writes it: 14 rather than 14.0, and 0.5 as "0,5" in German. */
    String number(String plain) {
        return this == DE ? plain.replace('.', ',') : plain;
    }
}
