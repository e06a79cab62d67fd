package org.replenish.caching;

/** RFC 9110 section 13.1.2: If-None-Match matches "*" or any listed tag by weak comparison. */
final class IfNoneMatch {

    private IfNoneMatch() {
    }

    static boolean matches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String listed : header.split(",")) {
            String tag = listed.strip();
            if (tag.equals("*") || weak(tag).equals(weak(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
