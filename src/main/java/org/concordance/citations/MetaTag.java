package org.concordance.citations;

import java.util.Objects;

/**
 * One {@code <meta>} element: {@code <meta name="citation_title" content="...">}, or with
 * {@code property} for Open Graph.
 *
 * @param attribute "name" or "property"
 */
public record MetaTag(String attribute, String key, String content) {
    public MetaTag {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        if (!attribute.equals("name") && !attribute.equals("property")) {
            throw new IllegalArgumentException("a meta tag is keyed by name or property, not " + attribute);
        }
    }

    static MetaTag name(String key, String content) {
        return new MetaTag("name", key, content);
    }

    static MetaTag property(String key, String content) {
        return new MetaTag("property", key, content);
    }
}
