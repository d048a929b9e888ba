package org.concordance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordance.content.Library;
import org.concordance.content.RelationType;
import org.concordance.network.Filter;
import org.concordance.network.Network;
import org.concordance.network.NetworkNode;

/** What the network page shows for one filter, worked out here so the template stays simple. */
public final class NetworkView {
    private final Network network;
    private final Filter filter;
    private final List<RelationView> rows;
    private final String svg;

    NetworkView(Network network, Filter filter, Map<String, RelationView> views) {
        this.network = network;
        this.filter = filter;
        this.rows = network.relations(filter).stream().map(r -> views.get(r.id())).toList();
        this.svg = network.svg(filter);
    }

    private Library library() {
        return network.library();
    }

    public Filter filter() {
        return filter;
    }

    public boolean filtered() {
        return !filter.isNone();
    }

    /** The map as an inline SVG element; empty when the filter lets no relation through. */
    public String svg() {
        return svg;
    }

    public List<RelationView> rows() {
        return rows;
    }

    public int relationCount() {
        return network.relations().size();
    }

    public int organizationCount() {
        return network.nodes().size();
    }

    public int components() {
        return network.components();
    }

    /**
     * What the page shows: "All 22 relations.", "The 2 rivalry relations stated in Why Terrorist
     * Actors Cooperate, of 22.", "No training relation stated in …, of 22."
     */
    public String filterLine() {
        if (filter.isNone()) {
            return "All " + relationCount() + " relations.";
        }
        StringBuilder line = new StringBuilder(rows.isEmpty() ? "No" : "The " + rows.size());
        filter.type().ifPresent(type -> line.append(' ').append(type.label().toLowerCase(Locale.ROOT)));
        line.append(rows.size() == 1 || rows.isEmpty() ? " relation" : " relations");
        filter.document().ifPresent(slug -> line.append(" stated in ").append(documentTitle(slug)));
        return line.append(", of ").append(relationCount()).append('.').toString();
    }

    /** One entry of the key, which is also a filter link. */
    public record KeyEntry(RelationType type, String sample, String href, int count, boolean current) {
        public String label() {
            return type.label();
        }

        public String meaning() {
            return type.meaning();
        }
    }

    /** Every type of the vocabulary that the network uses, with its sample line and its filter link. */
    public List<KeyEntry> key() {
        List<KeyEntry> key = new ArrayList<>();
        for (RelationType type : RelationType.values()) {
            int count = (int) network.relations().stream().filter(r -> r.type() == type).count();
            if (count > 0) {
                key.add(new KeyEntry(type, Network.legendSample(type), "/network?type=" + type.code(), count,
                        filter.type().map(t -> t == type).orElse(false)));
            }
        }
        return key;
    }

    /** A choice of the filter form. */
    /**
     * One option of a filter.
     *
     * @param language the label's {@code lang} when it is a document's title in another language
     *     ({@link TextLanguage#titleLanguage}), null otherwise
     */
    public record Choice(String value, String label, boolean selected, String language) {
        Choice(String value, String label, boolean selected) {
            this(value, label, selected, null);
        }
    }

    public List<Choice> typeChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "All types", filter.type().isEmpty()));
        for (KeyEntry entry : key()) {
            choices.add(new Choice(entry.type().code(), entry.label() + " (" + entry.count() + ")", entry.current()));
        }
        return choices;
    }

    public List<Choice> documentChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "Any document", filter.document().isEmpty()));
        for (String slug : network.documents()) {
            choices.add(new Choice(slug, documentTitle(slug), filter.document().map(slug::equals).orElse(false),
                    library().document(slug).map(TextLanguage.PAGES::titleLanguage).orElse(null)));
        }
        return choices;
    }

    private String documentTitle(String slug) {
        return library().document(slug).map(d -> d.metadata().displayTitle()).orElse(slug);
    }

    /** The hubs, ranked; the figures are the whole network's, whatever the filter. */
    public List<NetworkNode> hubs() {
        return network.hubs();
    }

    public List<NetworkNode> ranked() {
        return network.ranked();
    }

    public int hubDegree() {
        return Network.HUB_DEGREE;
    }

    /** A figure as the page shows it: betweenness as a whole number where it is one, eigenvector to two places. */
    public String betweenness(NetworkNode node) {
        double value = node.figures().betweenness();
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    public String eigenvector(NetworkNode node) {
        return String.format(Locale.ROOT, "%.2f", node.figures().eigenvector());
    }
}
