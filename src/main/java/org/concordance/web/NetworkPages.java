package org.concordance.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Paragraph;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.concordance.content.RelationType;
import org.concordance.network.Filter;
import org.concordance.network.Network;
import org.concordance.network.NetworkExports;
import org.concordance.network.NetworkNode;

/**
 * The alliance network's pages: the map with its table and hubs ({@code /network}, filterable by
 * type and document), a page per relation, the JSON API and the GraphML, GEXF and CSV downloads;
 * and the network's share of the organization and document pages. Everything is worked out once
 * per library from the {@link Network}, which the site builds once.
 */
final class NetworkPages {
    private final Network network;
    private final Library library;
    private final Views views;
    private final BaseUrl baseUrl;
    private final Map<String, RelationView> relations = new LinkedHashMap<>();
    private final Map<String, Object> api;

    NetworkPages(Network network, Views views, BaseUrl baseUrl) {
        this.network = network;
        this.library = network.library();
        this.views = views;
        this.baseUrl = baseUrl;
        network.relations().forEach(r -> relations.put(r.id(), new RelationView(r, library)));
        this.api = api(Filter.NONE);
    }

    /**
     * {@code /network}, or {@code /network?type=rivalry&document=why-terrorist-actors-cooperate}.
     * Unfiltered, the page depends only on the library and is rendered once. A filtered page depends
     * on the query, so it is rendered per request: at most a few dozen combinations exist, each costs
     * a pass over the relations (not over the documents), and the layout it draws from is the one
     * computed with the network; giving each combination a path of its own would buy little.
     */
    void page(Context ctx) {
        Filter filter = filter(ctx);
        if (filter.isNone()) {
            views.renderOnce(ctx, "network", () -> Map.of("view", new NetworkView(network, Filter.NONE, relations)));
        } else {
            views.render(ctx, "network", Map.of("view", new NetworkView(network, filter, relations)));
        }
    }

    /** {@code /relations/{id}}: one relation with its parties, type, time, concepts and evidence. */
    void relation(Context ctx) {
        RelationView view = Optional.ofNullable(relations.get(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundResponse("There is no relation at this address. The network page lists every relation."));
        views.renderOnce(ctx, "relation", () -> Map.of("view", view));
    }

    /** {@code /api/network}: the nodes with their figures and the edges with their evidence, as JSON. */
    /**
     * {@code /api/network}, filtered as the page is ({@code ?type=rivalry&document=…}; an unknown one
     * is a 400 that lists the known): the relations that match, and the organizations they join.
     */
    void api(Context ctx) {
        Filter filter = filter(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.json(filter.isNone() ? api : api(filter));
    }

    void graphml(Context ctx) {
        send(ctx, "network.graphml", "application/graphml+xml; charset=utf-8", NetworkExports::graphml);
    }

    void gexf(Context ctx) {
        send(ctx, "network.gexf", "application/gexf+xml; charset=utf-8", NetworkExports::gexf);
    }

    void csv(Context ctx) {
        send(ctx, "network.csv", "text/csv; charset=utf-8; header=present", NetworkExports::csv);
    }

    private void send(Context ctx, String fileName, String contentType, Function<NetworkExports, String> format) {
        views.download(ctx, contentType, fileName,
                () -> format.apply(new NetworkExports(network, baseUrl::resolve)).getBytes(StandardCharsets.UTF_8));
    }

    /** The relations of one type, under a heading, on an organization's page. */
    public record PartnerGroup(String heading, String organization, List<RelationView> relations) {
        /** The other party of {@code relation}, as seen from the page's organization. */
        public org.concordance.content.Entity partner(RelationView relation) {
            return relation.partnerOf(organization);
        }
    }

    /** An organization's relations grouped by type, in the vocabulary's order (so rivalry comes last). */
    List<PartnerGroup> partners(String organization) {
        List<PartnerGroup> groups = new ArrayList<>();
        List<Relation> own = network.relationsOf(organization);
        for (RelationType type : RelationType.values()) {
            List<RelationView> ofType = own.stream().filter(r -> r.type() == type).map(r -> relations.get(r.id())).toList();
            if (!ofType.isEmpty()) {
                groups.add(new PartnerGroup(type.label(), organization, ofType));
            }
        }
        return groups;
    }

    /** The relations each paragraph of a document states, for its side panel. */
    public static final class PassageRelations {
        private final NetworkPages pages;
        private final String document;

        private PassageRelations(NetworkPages pages, String document) {
            this.pages = pages;
            this.document = document;
        }

        /** The relations whose evidence quotes {@code paragraph}; empty for most paragraphs. */
        public List<RelationView> at(Paragraph paragraph) {
            return pages.network.statedIn(document, paragraph.anchor()).stream().map(r -> pages.relations.get(r.id())).toList();
        }
    }

    PassageRelations passages(Document document) {
        return new PassageRelations(this, document.slug());
    }

    /** The type and document asked for; blank values mean no filter, unknown ones are a 400 that lists the known. */
    private Filter filter(Context ctx) {
        Optional<RelationType> type = parameter(ctx, "type").map(code -> RelationType.fromCode(code).orElseThrow(() ->
                new BadRequestResponse("There is no relation type ‘" + code + "’. The types are "
                        + Arrays.stream(RelationType.values()).map(RelationType::code).collect(Collectors.joining(", ")) + ".")));
        Optional<String> document = parameter(ctx, "document");
        if (document.isPresent() && !network.documents().contains(document.get())) {
            throw new BadRequestResponse("No relation in the network is stated in a document called ‘" + document.get()
                    + "’. The network page lists the documents that state relations.");
        }
        return new Filter(type, document);
    }

    private static Optional<String> parameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String clean = value.strip().replaceAll("\\p{Cntrl}", "");
        return Optional.of(QueryText.of(clean, 100) + (clean.length() > 100 ? "…" : ""));
    }

    /**
     * The API's body, in the shape the README documents: the relations {@code filter} matches and the
     * organizations they join (every organization in a relation, unfiltered), each with its figures
     * in the whole network.
     */
    private Map<String, Object> api(Filter filter) {
        List<Relation> matching = network.relations().stream().filter(filter::matches).toList();
        java.util.Set<String> joined = new java.util.HashSet<>();
        matching.forEach(relation -> {
            joined.add(relation.from());
            joined.add(relation.to());
        });
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NetworkNode node : network.nodes()) {
            if (!filter.isNone() && !joined.contains(node.slug())) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", node.slug());
            entry.put("name", node.name());
            entry.put("kind", node.organization().kind().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("degree", node.figures().degree());
            entry.put("betweenness", node.figures().betweenness());
            entry.put("url", node.href());
            nodes.add(entry);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Relation relation : matching) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", relation.id());
            entry.put("source", relation.from());
            entry.put("target", relation.to());
            entry.put("type", relation.type().code());
            entry.put("directed", relation.directed());
            entry.put("when", relation.when().orElse(null));
            entry.put("concepts", relation.concepts());
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (Quotation quote : relation.evidence()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("document", quote.document());
                item.put("paragraph", quote.paragraph().isPresent() ? quote.paragraph().getAsInt() : null);
                item.put("url", "/documents/" + quote.document() + "#" + quote.anchor());
                item.put("quote", quote.text());
                evidence.add(item);
            }
            entry.put("evidence", evidence);
            edges.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodes", nodes);
        body.put("edges", edges);
        return body;
    }
}
