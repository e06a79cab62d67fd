package org.replenish.reference;

/** A reference data file that cannot be used; the message names the file and the entry. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String file, String entry, String problem) {
        super("Reference data file " + file + ", entry " + entry + ": " + problem);
    }

    public ReferenceDataException(String file, String problem, Throwable cause) {
        super("Reference data file " + file + ": " + problem, cause);
    }
}
