package org.concordance.network;

import java.util.Objects;
import org.concordance.content.Entity;

/**
 * An organization of the network: one that takes part in at least one relation.
 *
 * @param relations how many relations it takes part in (two with the same partner count twice,
 *     whereas {@link Figures#degree()} counts partners)
 */
public record NetworkNode(Entity organization, Figures figures, int relations) {
    public NetworkNode {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(figures, "figures");
        if (relations < 1) {
            throw new IllegalArgumentException(organization.slug() + " takes part in no relation");
        }
    }

    public String slug() {
        return organization.slug();
    }

    public String name() {
        return organization.name();
    }

    public String href() {
        return organization.href();
    }

    /** Whether it is a hub: tied to at least {@link Network#HUB_DEGREE} other organizations. */
    public boolean isHub() {
        return figures.degree() >= Network.HUB_DEGREE;
    }
}
