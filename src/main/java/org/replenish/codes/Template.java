package org.replenish.codes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template split once into its literal text and its {name} placeholders, so that rendering a message on a
 * request only joins strings (matching the pattern per message cost 15 % of a deficit estimate's CPU, issue 14).
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** literals.get(i) comes before names.get(i); the last literal ends the text. */
    private final List<String> literals;
    private final List<String> names;

    private Template(List<String> literals, List<String> names) {
        this.literals = literals;
        this.names = names;
    }

    static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        while (matcher.find()) {
            literals.add(text.substring(end, matcher.start()));
            names.add(matcher.group(1));
            end = matcher.end();
        }
        literals.add(text.substring(end));
        return new Template(List.copyOf(literals), List.copyOf(names));
    }

    /** The placeholder names, in the order of their first use. */
    Set<String> placeholders() {
        return new LinkedHashSet<>(names);
    }

    /** Writes a placeholder's value into the text being rendered. */
    @FunctionalInterface
    interface Values {
        void append(String name, StringBuilder out);
    }

    /**
     * The text with each placeholder replaced by what values appends for its name, all into one builder (no string
     * per value: rendering messages was the largest share of the calculators' time, issue 14).
     */
    String render(Values values) {
        if (names.isEmpty()) { // a text without placeholders is its own rendering, no copy needed
            return literals.get(0);
        }
        StringBuilder out = new StringBuilder(128);
        for (int i = 0; i < names.size(); i++) {
            values.append(names.get(i), out.append(literals.get(i)));
        }
        return out.append(literals.get(names.size())).toString();
    }
}
