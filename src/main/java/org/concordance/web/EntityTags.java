package org.concordance.web;

/**
 * Entity tags as HTTP writes them (RFC 9110 §8.8.3): quoted, optionally weak ({@code W/"…"}).
 * {@code If-None-Match} compares weakly: {@code W/"a"} matches {@code "a"}; {@code *} matches any.
 */
final class EntityTags {
    private EntityTags() {
    }

    /** A strong tag for {@code opaque}, which must hold no quote or backslash. */
    static String strong(String opaque) {
        if (opaque.indexOf('"') >= 0 || opaque.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("an entity tag cannot hold quotes: " + opaque);
        }
        return "\"" + opaque + "\"";
    }

    /** Whether an {@code If-None-Match} header value names {@code etag} (a quoted tag). */
    static boolean noneMatchHits(String header, String etag) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The tag without its weakness mark and quotes; an unquoted tag (a lenient client) is taken as is. */
    private static String opaque(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }
}
