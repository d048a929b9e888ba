package org.concordance.citations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Slugs made unique in the order asked for: the first as it is, the next {@code -2}, {@code -3}
 * and so on, skipping any taken. Each slug's last number is remembered, so a slug asked for
 * a thousand times (a work cited under a thousand titles alike) is not tried a thousand times.
 */
final class UniqueSlugs {
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();

    String unique(String slug) {
        if (taken.add(slug)) {
            return slug;
        }
        // Every number below the last one given is taken, and stays so: the set only grows.
        int n = lastNumber.getOrDefault(slug, 1);
        String candidate;
        do {
            n++;
            candidate = slug + "-" + n;
        } while (!taken.add(candidate));
        lastNumber.put(slug, n);
        return candidate;
    }
}
