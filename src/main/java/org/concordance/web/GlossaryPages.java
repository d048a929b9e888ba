package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.Concept;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.glossary.Glossary;

/**
 * The glossary's pages: the concepts A–Z and a page for each concept, the organizations and the
 * people the texts name and a page for each. Every entry page shows where the library mentions it.
 * They depend only on the library, so each is rendered once and kept.
 */
final class GlossaryPages {
    private final Glossary glossary;
    private final Views views;
    private final CitationPages citations;
    private final NetworkPages network;

    GlossaryPages(Glossary glossary, Views views, CitationPages citations, NetworkPages network) {
        this.glossary = glossary;
        this.views = views;
        this.citations = citations;
        this.network = network;
    }

    void concepts(Context ctx) {
        index(ctx, EntryKind.CONCEPT, List.copyOf(glossary.concepts()));
    }

    void organizations(Context ctx) {
        index(ctx, EntryKind.ORGANIZATION, List.copyOf(glossary.organizations()));
    }

    void people(Context ctx) {
        index(ctx, EntryKind.PERSON, List.copyOf(glossary.people()));
    }

    /** An entry's page lists the passages of this many documents at a time (well under 150 KB of HTML). */
    static final int DOCUMENTS_PER_PAGE = 20;

    void concept(Context ctx) {
        Concept concept = glossary.concept(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("There is no concept at this address."));
        Paging paging = paging(ctx, concept);
        views.renderOnce(ctx, "concept", paging, () -> Map.of("view", new EntryView(glossary, concept,
                concept.introducedBy().flatMap(by -> citations.titled(by.work())), paging)));
    }

    void organization(Context ctx) {
        Entry organization = glossary.organization(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("There is no organization at this address."));
        Paging paging = paging(ctx, organization);
        views.renderOnce(ctx, "organization", paging, () -> Map.of("view",
                new EntryView(glossary, organization, Optional.empty(), paging), "partners", network.partners(organization.slug())));
    }

    private Paging paging(Context ctx, Entry entry) {
        return Paging.of(ctx, DOCUMENTS_PER_PAGE, glossary.documentsMentioning(entry.slug()));
    }

    /**
     * A person's page. The model is built up section by section so that more can be added beside
     * the mentions (their works in the library, the notes citing them) without touching the rest.
     */
    void person(Context ctx) {
        Entry person = glossary.person(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFoundResponse("There is no person at this address."));
        Paging paging = paging(ctx, person);
        views.renderOnce(ctx, "person", paging, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("view", new EntryView(glossary, person, Optional.empty(), paging));
            model.put("citations", citations.person(person.slug()));
            return model;
        });
    }

    private void index(Context ctx, EntryKind kind, List<Entry> entries) {
        views.renderOnce(ctx, "glossary-index", () -> Map.of("index", new EntryIndex(kind, entries)));
    }
}
