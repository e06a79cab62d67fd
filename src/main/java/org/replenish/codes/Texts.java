package org.replenish.codes;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.replenish.units.Numbers;

/**
 * Puts coded messages into words in one language. The templates are read once per language when the class loads
 * (the bundle files, never per request), so rendering is pure computation on the event loop. Pure.
 */
public final class Texts {

    private static final String BUNDLE = "codes.messages";
    /** The bundle key of the disclaimer's translations; the English text is the reference data's (manifest.json). */
    private static final String DISCLAIMER_KEY = "DISCLAIMER";
    /** The English texts the reference data gives (safety rules), parsed on first use: a bounded set. */
    private static final Map<String, Template> DATA_TEMPLATES = new ConcurrentHashMap<>();
    /** Each code's bundle key, built once rather than per message. */
    private static final Map<Code, String> KEYS = new ConcurrentHashMap<>();
    private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Texts(language));
        }
    }

    public static final Texts ENGLISH = of(Language.EN);

    private final Language language;
    private final Map<String, String> templates;
    private final Map<String, Template> parsed;
    /** Each code's template, looked up by the code itself: no key string to hash per message. */
    private final Map<Code, Template> byCode = new ConcurrentHashMap<>();
    /** Each enum constant's text, so a parameter's key is not built and looked up per message. */
    private final Map<Enum<?>, String> constantTexts = new ConcurrentHashMap<>();

    private Texts(Language language) {
        this.language = language;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> read = new LinkedHashMap<>();
        bundle.keySet().forEach(key -> read.put(key, bundle.getString(key)));
        this.templates = Map.copyOf(read);
        Map<String, Template> parsedTemplates = new LinkedHashMap<>();
        read.forEach((key, text) -> parsedTemplates.put(key, Template.parse(text)));
        this.parsed = Map.copyOf(parsedTemplates);
    }

    public static Texts of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
    }

    /** The message in this language. */
    public String text(Message message) {
        return text(message, null);
    }

    /**
     * The message in this language; where the bundles hold no template for it in this language or English, the
     * English template the reference data gives (the safety rules carry their own English).
     */
    public String text(Message message, String dataText) {
        Template template = byCode.get(message.code());
        if (template == null) {
            template = parsed.get(key(message.code()));
            if (template != null) {
                byCode.put(message.code(), template);
            } else if (dataText != null) {
                template = DATA_TEMPLATES.computeIfAbsent(dataText, Template::parse);
            } else {
                throw new IllegalStateException("No text for " + key(message.code()));
            }
        }
        return template.render(new Template.Values() {
            @Override
            public void append(String name, StringBuilder out) {
                format(parameter(message, name), out);
            }

            @Override
            public String key(String name) {
                return wireValue(parameter(message, name));
            }
        });
    }

    private static Object parameter(Message message, String name) {
        Object value = message.parameters().get(name);
        if (value == null) {
            throw new IllegalStateException(key(message.code()) + " lacks parameter " + name);
        }
        return value;
    }

    private void format(Object value, StringBuilder out) {
        if (value instanceof Number number) {
            language.appendNumber(number.doubleValue(), out);
        } else if (value instanceof Citation citation) {
            out.append(citation.shortCitation());
        } else if (value instanceof Term term) {
            out.append(text(term));
        } else if (value instanceof Enum<?> constant) {
            out.append(constantTexts.computeIfAbsent(constant, known -> templates.getOrDefault(
                    known.getDeclaringClass().getSimpleName() + "." + known.name(), known.name())));
        } else if (value instanceof SessionNumbers sessions) {
            format(sessions.indices().stream().map(index -> index + 1).toList(), out);
        } else if (value instanceof Collection<?> values) {
            String separator = "";
            for (Object element : values) {
                format(element, out.append(separator));
                separator = ", ";
            }
        } else if (value instanceof Message nested) {
            out.append(text(nested));
        } else {
            out.append(value);
        }
    }

    /** Whether this language's bundle has the key (an enum constant's words, e.g. Mineral.SODIUM). */
    boolean hasText(String key) {
        return templates.containsKey(key);
    }

    /** Whether this language has its own template for the code (not English's, nor the reference data's). */
    boolean translates(Code code) {
        return hasText(key(code));
    }

    /** A code's template in this language, else English, else the English the reference data gives (dataText). */
    public String template(Code code, String dataText) {
        String template = templates.get(key(code));
        if (template == null) {
            template = ENGLISH.templates.get(key(code));
        }
        return template != null ? template : dataText;
    }

    /** A name or text the reference data gives in English, in this language where the bundle translates it. */
    public String text(Term term) {
        return templates.getOrDefault(term.key(), term.english());
    }

    /** The disclaimer in this language: the bundle's translation where one exists, else the reference data's English. */
    public String disclaimer(String english) {
        return templates.getOrDefault(DISCLAIMER_KEY, english);
    }

    /** The description of a code for the catalogue (English). */
    public static String description(Code code) {
        return ENGLISH.templates.get(key(code) + ".description");
    }

    /**
     * The parameter names of a code: the placeholders of its English template, in order; for a code whose English
     * text the reference data holds (safety flags), of its German template, which TextsTest holds to the same names.
     */
    public static Set<String> parameterNames(Code code) {
        String english = ENGLISH.templates.get(key(code));
        return placeholders(english != null ? english : of(Language.DE).templates.getOrDefault(key(code), ""));
    }

    /** The placeholders of a template, in order. */
    public static Set<String> placeholders(String template) {
        return Template.parse(template).placeholders();
    }

    /**
     * The parameters as the wire carries them, independent of the language: numbers in plain decimal notation,
     * enum constants by name, a cited source or a data term by its id, lists comma-separated, a nested message by its text in English.
     */
    public static Map<String, String> wireParameters(Message message) {
        return message.parameterMap().mapValues(Texts::wireValue);
    }

    private static String wireValue(Object value) {
        if (value instanceof Number number) {
            return Numbers.plain(number.doubleValue());
        }
        if (value instanceof Citation citation) {
            return citation.sourceId();
        }
        if (value instanceof Term term) {
            return term.id();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof SessionNumbers sessions) {
            return wireValue(sessions.indices());
        }
        if (value instanceof Collection<?> values) {
            StringJoiner joined = new StringJoiner(",");
            for (Object element : values) {
                joined.add(wireValue(element));
            }
            return joined.toString();
        }
        if (value instanceof Message nested) {
            return ENGLISH.text(nested);
        }
        return String.valueOf(value);
    }

    static String key(Code code) {
        return KEYS.computeIfAbsent(code, known -> known.set().name() + "." + known.name());
    }
}
