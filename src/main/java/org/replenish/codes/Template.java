package org.replenish.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message template parsed once into literal text, {name} arguments and {name, select, key {…} other {…}} choices,
 * so that rendering a message on a request only joins strings (matching a pattern per message cost 15 % of a deficit
 * estimate's CPU, issue 14). The syntax is the part of ICU MessageFormat the catalogue documents (issue 27 item 3):
 * an app may render the templates with an ICU library, and CodeTemplatesTest holds both renderings equal.
 */
final class Template {

    private sealed interface Part permits Literal, Argument, Select {
    }

    private record Literal(String text) implements Part {
    }

    private record Argument(String name) implements Part {
    }

    /** branches holds "other", the branch for every value its keys do not name. */
    private record Select(String name, Map<String, List<Part>> branches) implements Part {
    }

    private static final int INITIAL_CAPACITY = 256;
    /** A builder grown past this by a long message is let go rather than kept by the thread. */
    private static final int KEPT_CAPACITY = 4096;
    /** Each thread's builder for rendering, reused from message to message. */
    private static final ThreadLocal<StringBuilder> BUILDER =
            ThreadLocal.withInitial(() -> new StringBuilder(INITIAL_CAPACITY));

    private final List<Part> parts;
    /** The whole text when it holds no argument: its own rendering, no copy needed. */
    private final String constant;

    private Template(List<Part> parts) {
        this.parts = parts;
        this.constant = parts.isEmpty() ? "" : parts.size() == 1 && parts.get(0) instanceof Literal only ? only.text() : null;
    }

    static Template parse(String text) {
        Parser parser = new Parser(text);
        List<Part> parts = parser.message(false);
        return new Template(parts);
    }

    /** The argument names, in the order of their first use (a choice's own name before those of its branches). */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        collect(parts, names);
        return names;
    }

    private static void collect(List<Part> parts, Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Argument argument) {
                names.add(argument.name());
            } else if (part instanceof Select select) {
                names.add(select.name());
                select.branches().values().forEach(branch -> collect(branch, names));
            }
        }
    }

    /** The values of a message's arguments. */
    interface Values {
        /** Writes an argument's value, formatted for the text, into the text being rendered. */
        void append(String name, StringBuilder out);

        /** The value a choice on the argument selects by: its wire form (a constant name, true or false). */
        String key(String name);
    }

    /**
     * The text with each argument replaced by what values appends for its name, all into one builder (no string per
     * value: rendering messages was the largest share of the calculators' time, issue 14).
     */
    String render(Values values) {
        if (constant != null) {
            return constant;
        }
        // The thread's builder, reused: a builder per message and its growth were a sixth of the heap a deficit
        // estimate allocates (issue 33). A render inside a render (a nested message's wire value) writes after what
        // the outer one holds and takes back only its own part.
        StringBuilder out = BUILDER.get();
        int start = out.length();
        try {
            render(parts, values, out);
            return out.substring(start);
        } finally {
            out.setLength(start);
            if (start == 0 && out.capacity() > KEPT_CAPACITY) {
                BUILDER.set(new StringBuilder(INITIAL_CAPACITY));
            }
        }
    }

    private static void render(List<Part> parts, Values values, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Argument argument) {
                values.append(argument.name(), out);
            } else if (part instanceof Select select) {
                List<Part> branch = select.branches().get(values.key(select.name()));
                render(branch != null ? branch : select.branches().get("other"), values, out);
            }
        }
    }

    /** Reads the syntax: text, {name}, and {name, select, key {message} ... other {message}}. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        /** Parts up to the end of the text, or up to the brace that closes a branch (nested). */
        List<Part> message(boolean nested) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '}' && nested) {
                    break;
                }
                if (c == '{') {
                    if (!literal.isEmpty()) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    at++;
                    parts.add(argument());
                } else {
                    literal.append(c);
                    at++;
                }
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
            }
            return List.copyOf(parts);
        }

        private Part argument() {
            String name = word();
            if (take('}')) {
                return new Argument(name);
            }
            expect(',');
            if (!"select".equals(word())) {
                throw fault("only select is known after an argument's name");
            }
            expect(',');
            Map<String, List<Part>> branches = new LinkedHashMap<>();
            while (!take('}')) {
                String key = word();
                expect('{');
                branches.put(key, message(true));
                expect('}');
            }
            if (!branches.containsKey("other")) {
                throw fault("a select needs an other branch");
            }
            // in the template's order, so the catalogue lists the parameters in the same order on every start
            return new Select(name, Collections.unmodifiableMap(branches));
        }

        private String word() {
            skipSpace();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw fault("a name is expected");
            }
            return text.substring(start, at);
        }

        private boolean take(char c) {
            skipSpace();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) {
                throw fault("'" + c + "' is expected");
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException fault(String what) {
            return new IllegalArgumentException(what + " at " + at + " of the template: " + text);
        }
    }
}
