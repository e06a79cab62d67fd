package org.replenish.codes;

/**
 * A stable code that clients switch on. Every code is a constant of one enum per set; its English and German texts
 * are templates in {@code codes/messages*.properties} keyed {@code SET.CODE} (its description for the catalogue
 * {@code SET.CODE.description}), and its parameters are the placeholders
 * of the English template, so the catalogue, the document and the texts cannot drift apart.
 */
public interface Code {

    /** The wire value: the constant's name. */
    String name();

    /** The set the code belongs to. */
    CodeSet set();
}
