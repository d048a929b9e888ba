package org.concordance.web;

import java.util.Locale;

/**
 * The content codings Concordance sends, best first, and the choice among them for a request's
 * {@code Accept-Encoding} (RFC 9110 §12.5.3): a coding with {@code q=0} is refused, {@code *} stands
 * for any coding not named, and identity is always acceptable unless refused explicitly.
 */
enum Encoding {
    BROTLI("br", "-br"), GZIP("gzip", "-gz"), IDENTITY("identity", "");

    private final String token;
    private final String tagSuffix;

    Encoding(String token, String tagSuffix) {
        this.token = token;
        this.tagSuffix = tagSuffix;
    }

    /** The name in {@code Content-Encoding}. */
    String token() {
        return token;
    }

    /** What the entity tag of this coding adds to the page's own tag, so each coding has its own validator. */
    String tagSuffix() {
        return tagSuffix;
    }

    /** Whether the request's {@code Accept-Encoding} header allows this coding. */
    boolean acceptedBy(String header) {
        if (header == null || header.isBlank()) {
            return this == IDENTITY;
        }
        Double named = null;
        Double star = null;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";", -1); // never empty: ";" alone is one empty coding
            String name = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (name.equals(token) || (this == GZIP && name.equals("x-gzip"))) {
                named = q;
            } else if (name.equals("*")) {
                star = q;
            }
        }
        double q = named != null ? named : star != null ? star : this == IDENTITY ? 1.0 : 0.0;
        return q > 0;
    }
}
