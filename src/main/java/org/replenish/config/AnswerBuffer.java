package org.replenish.config;

import java.io.ByteArrayOutputStream;

/** A thread's buffer for writing out an answer before it is gzipped; kept between answers unless a batch grew it. */
final class AnswerBuffer extends ByteArrayOutputStream {

    static final ThreadLocal<AnswerBuffer> PER_THREAD = ThreadLocal.withInitial(AnswerBuffer::new);

    /** Every single answer fits (the largest, a deficit estimate, about 15 KB). */
    private static final int KEPT = 32 * 1024;

    private AnswerBuffer() {
        super(KEPT);
    }

    /** The buffer itself, valid up to size(): no copy. */
    byte[] bytes() {
        return buf;
    }

    /** After a batch's answer, the thread keeps a buffer of the usual size again. */
    void shrink() {
        if (buf.length > KEPT) {
            buf = new byte[KEPT];
        }
        reset();
    }
}
