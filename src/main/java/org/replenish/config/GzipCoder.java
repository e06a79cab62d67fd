package org.replenish.config;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip (RFC 1952) of a whole answer with one Deflater per thread, reset between answers. Netty's compressor, which
 * Vert.x uses, builds a channel, an encoder and a Deflater (native zlib state) for every answer and copies the body
 * between buffers: 14.6 % of the Java samples of a gzip-accepting capsule comparison (JFR, issue 33), apart from zlib
 * itself. Level 1 as quarkus.http.compression-level: within a few percent of level 6's size on these answers at a
 * fraction of the CPU.
 */
final class GzipCoder {

    static final int LEVEL = 1;

    /** ID1 ID2, CM deflate, no flags, no modification time, no extra flags, OS unknown. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int TRAILER = 8;
    /** The output buffer each thread keeps: every single answer's gzip fits (the largest, a deficit, about 4 KB). */
    private static final int KEPT = 16 * 1024;

    private static final ThreadLocal<GzipCoder> PER_THREAD = ThreadLocal.withInitial(GzipCoder::new);

    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private byte[] out = new byte[KEPT];

    private GzipCoder() {
    }

    /** The gzip member holding these bytes. */
    static byte[] gzip(byte[] bytes) {
        return gzip(bytes, bytes.length);
    }

    /** The gzip member holding the first length bytes. */
    static byte[] gzip(byte[] bytes, int length) {
        return PER_THREAD.get().code(bytes, length);
    }

    private byte[] code(byte[] bytes, int inputLength) {
        deflater.reset();
        deflater.setInput(bytes, 0, inputLength);
        deflater.finish();
        int length = HEADER.length;
        System.arraycopy(HEADER, 0, out, 0, length);
        while (!deflater.finished()) {
            if (out.length - length < TRAILER + 64) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length - TRAILER);
        }
        crc.reset();
        crc.update(bytes, 0, inputLength);
        length = littleEndian((int) crc.getValue(), length);
        length = littleEndian(inputLength, length); // ISIZE: the input's length modulo 2^32
        byte[] coded = Arrays.copyOf(out, length);
        if (out.length > KEPT) { // a batch's answer: its buffer is not kept for the next answers
            out = new byte[KEPT];
        }
        return coded;
    }

    private int littleEndian(int value, int at) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
        return at + 4;
    }
}
