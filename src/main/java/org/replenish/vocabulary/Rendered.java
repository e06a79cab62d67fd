package org.replenish.vocabulary;

/**
 * Marks a property that repeats for a person what the answer already says to a program: a text rendered from a code
 * and its parameters (or from codes beside it), or an amount in a second unit. Put on a property as
 * {@code @Extension(name = Rendered.EXTENSION, value = "true")}: the document then shows it as x-rendered and optional,
 * and an answer to a request that asked Prefer: return=minimal leaves it out (issue 28 item 5). One annotation for
 * both, so the document and the answers cannot disagree.
 */
public final class Rendered {

    /** The OpenAPI extension that marks the property. */
    public static final String EXTENSION = "x-rendered";

    private Rendered() {
    }
}
