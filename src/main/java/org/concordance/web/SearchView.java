package org.concordance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.Library;
import org.concordance.search.EntryCard;
import org.concordance.search.FacetCount;
import org.concordance.search.SearchHit;
import org.concordance.search.SearchRequest;
import org.concordance.search.SearchResults;
import org.concordance.search.Searchable;
import org.jsoup.nodes.Entities;

/** What the results page shows, with every link it needs already built. */
public final class SearchView {
    /** The parameter that searches the words as typed, without correcting them. */
    static final String AS_TYPED = "exact";

    private final SearchRequest request;
    private final SearchResults results;
    private final Library library;

    SearchView(SearchRequest request, SearchResults results, Library library) {
        this.request = request;
        this.results = results;
        this.library = library;
    }

    public SearchResults results() {
        return results;
    }

    public String firstShown() {
        return String.valueOf(Math.min(results.total(), (long) (results.page() - 1) * results.size() + 1));
    }

    public String lastShown() {
        return String.valueOf(Math.min(results.total(), (long) results.page() * results.size()));
    }

    /**
     * What the results hold of the words asked for, when not every result holds them all (words are
     * searched for in any of them, best first): "None has every word searched for; each has some of
     * them." or "2 of them have every word searched for; the others, some of them." Empty otherwise.
     */
    public Optional<String> everyWordLine() {
        long all = results.withEveryWord();
        if (results.total() == 0 || all == results.total()) {
            return Optional.empty();
        }
        return Optional.of(all == 0 ? "None has every word searched for; each has some of them."
                : (all == 1 ? "1 of them has" : all + " of them have") + " every word searched for; the others, some of them.");
    }

    /**
     * The link a hit lands on: its page and anchor, carrying what matched so it is marked on arrival,
     * one {@code hl} per match as the text has it: a word, or a phrase searched in quotes
     * ({@code hl=%E2%80%9Cpooled%E2%80%9D+alliance}), which is marked whole, not word by word.
     */
    public static String landing(SearchHit hit) {
        String url = hit.url();
        if (hit.matchedTerms().isEmpty() || !url.contains("#")) {
            return url;
        }
        int hash = url.indexOf('#');
        String separator = url.substring(0, hash).contains("?") ? "&" : "?";
        return url.substring(0, hash) + separator + hit.matchedTerms().stream().map(term -> "hl=" + encode(term))
                .collect(java.util.stream.Collectors.joining("&")) + url.substring(hash);
    }

    public String landingUrl(SearchHit hit) {
        return landing(hit);
    }

    /**
     * A hit's heading as HTML: a passage or note named by its document and place ("Why Terrorist
     * Actors Cooperate, ¶ 6"), a document by its title, anything else by its own title. A document's
     * title is the library's, with its italics; the index holds titles as plain text.
     */
    public String headingHtml(SearchHit hit) {
        String url = hit.url();
        String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        if (hit.documentTitle().isPresent() && anchor.matches("p-\\d+")) {
            return documentTitleHtml(hit, hit.documentTitle().get()) + ", ¶ " + anchor.substring(2);
        }
        if (hit.documentTitle().isPresent() && anchor.startsWith("fn-")) {
            return documentTitleHtml(hit, hit.documentTitle().get()) + ", note " + Entities.escape(anchor.substring(3));
        }
        if (hit.kind().equals("document")) {
            return documentTitleHtml(hit, hit.title());
        }
        return Entities.escape(hit.title());
    }

    /** The title of the hit's document as the library holds it, else {@code plain} as the index holds it. */
    private String documentTitleHtml(SearchHit hit, String plain) {
        return hit.documentSlug().flatMap(library::document).map(TextLanguage.PAGES::title)
                .orElseGet(() -> Entities.escape(plain));
    }

    /**
     * The language of a hit's words for its snippet's {@code lang} attribute: its document's
     * ({@link TextLanguage#of(org.concordance.content.Document)}) for a paragraph of its text; null
     * for a note, which often cites works in another language than its document's (as on the
     * document page), and for what the library says in its own words (a document's summary, a
     * relation, an entry).
     */
    public String language(SearchHit hit) {
        if (!hit.kind().equals(Searchable.PARAGRAPH)) {
            return null;
        }
        return hit.documentSlug().flatMap(library::document).map(TextLanguage.PAGES::of).orElse(null);
    }

    /** What a kind is called on the page; a kind added later is called by its own name ("Relation"). */
    public String kindLabel(String kind) {
        return label(kind);
    }

    private static String label(String kind) {
        return switch (kind) {
            case "paragraph" -> "Passage";
            case "note" -> "Note";
            case "document" -> "Document";
            case "concept" -> "Concept";
            case "organization" -> "Organization";
            case "person" -> "Person";
            case "work" -> "Cited work";
            default -> kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
        };
    }

    /**
     * A card's summary as HTML: an actor's description with a work's title in italics where the
     * glossary sets it so ({@link org.concordance.content.Entry#summaryHtml()}), as on the entry's
     * page; any other summary escaped. The index keeps summaries as plain text, so the entry is looked
     * up in the library served, and its plain summary must be the card's (else the card's is used).
     */
    public String summaryHtml(EntryCard card) {
        String slug = card.id().substring(card.id().indexOf(':') + 1);
        return library.entry(slug)
                .filter(entry -> entry.kind().name().toLowerCase(Locale.ROOT).equals(card.kind()))
                .filter(entry -> entry.summary().equals(card.summary()))
                .map(org.concordance.content.Entry::summaryHtml)
                .orElseGet(() -> Entities.escape(card.summary()));
    }

    /** How many passages a card's entry is found in: "Mentioned in 3 passages", "Cited in 2 passages". */
    public String passagesLine(EntryCard card) {
        String verb = card.kind().equals("work") ? "Cited" : "Mentioned";
        return card.passages() == 0 ? "Not named in the texts"
                : verb + " in " + card.passages() + (card.passages() == 1 ? " passage" : " passages");
    }

    /** The same search with the words as typed, not corrected. */
    public String asTypedUrl() {
        return "/search?q=" + encode(request.text()) + "&" + AS_TYPED + "=1";
    }

    /** The last page of this search, for a page asked for past it. */
    String lastPage() {
        return url(Map.of("page", results.pages() > 1 ? String.valueOf(results.pages()) : ""));
    }

    public List<Facet> documentFacets() {
        List<Facet> facets = new ArrayList<>();
        facets.add(new Facet("All documents", -1, url(Map.of("doc", "")), request.document().isEmpty()));
        for (FacetCount count : results.documents()) {
            // Named as the heading of a hit names its document: the library's title, with its italics.
            String html = library.document(count.value()).map(TextLanguage.PAGES::title)
                    .orElseGet(() -> Entities.escape(count.label()));
            facets.add(new Facet(count.label(), html, count.count(), url(Map.of("doc", count.value())),
                    request.document().map(count.value()::equals).orElse(false)));
        }
        return facets;
    }

    public List<Facet> kindFacets() {
        List<Facet> facets = new ArrayList<>();
        facets.add(new Facet("All kinds", -1, url(Map.of("kind", "")), request.kind().isEmpty()));
        for (FacetCount count : results.kinds()) {
            facets.add(new Facet(kindLabel(count.value()), count.count(), url(Map.of("kind", count.value())),
                    request.kind().map(count.value()::equals).orElse(false)));
        }
        return facets;
    }

    /**
     * The entries of the card kinds (concepts, organizations, people, cited works) the search also
     * found, when no kind is chosen: they are listed only under their own filter, so the count line
     * names them with a link to each ("also in 8 concepts"). Empty under a kind filter.
     */
    public List<Facet> alsoFound() {
        List<Facet> found = new ArrayList<>();
        if (request.kind().isEmpty()) {
            for (FacetCount count : results.kinds()) {
                if (Searchable.CARD_KINDS.contains(count.value()) && count.count() > 0) {
                    found.add(new Facet(counted(count.value(), count.count()), count.count(),
                            url(Map.of("kind", count.value())), false));
                }
            }
        }
        return found;
    }

    /** "1 concept", "8 concepts", "2 people", "1 cited work". */
    static String counted(String kind, long count) {
        String one = label(kind).toLowerCase(Locale.ROOT);
        String many = kind.equals("person") ? "people" : one + "s";
        return count + " " + (count == 1 ? one : many);
    }

    public Optional<String> previousPage() {
        return results.page() > 1 ? Optional.of(url(Map.of("page", String.valueOf(results.page() - 1)))) : Optional.empty();
    }

    public Optional<String> nextPage() {
        return results.page() < results.pages() ? Optional.of(url(Map.of("page", String.valueOf(results.page() + 1)))) : Optional.empty();
    }

    public Optional<String> didYouMeanUrl() {
        return results.didYouMean().map(suggestion -> "/search?q=" + encode(suggestion));
    }

    /** The current search with some parameters changed (an empty value removes one); changing a filter goes back to page 1. */
    private String url(Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", request.text());
        request.document().ifPresent(doc -> params.put("doc", doc));
        request.kind().ifPresent(kind -> params.put("kind", kind));
        if (request.asTyped()) {
            params.put(AS_TYPED, "1");
        }
        if (!changes.containsKey("page") && request.page() > 1) {
            params.remove("page");
        }
        changes.forEach((key, value) -> {
            if (value.isEmpty()) {
                params.remove(key);
            } else {
                params.put(key, value);
            }
        });
        StringBuilder url = new StringBuilder("/search");
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            url.append(separator).append(param.getKey()).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * One filter choice: its label, as text and as HTML (a document's title with its italics), its
     * count (-1 for "all"), its link, and whether it is the current one.
     */
    public record Facet(String label, String labelHtml, long count, String url, boolean current) {
        /** A choice whose label is plain text. */
        public Facet(String label, long count, String url, boolean current) {
            this(label, Entities.escape(label), count, url, current);
        }
    }

    /** The most of a query the page's sentences quote back: a pasted page of text is not echoed whole. */
    static final int ECHOED_CHARS = 120;

    /**
     * {@code query} as the page's sentences quote it ("Nothing in the library matches …"): whole up
     * to {@value #ECHOED_CHARS} characters, else cut at a word before that and ended with an ellipsis;
     * the page's title and description quote it so too. The search box keeps it whole.
     */
    public String echo(String query) {
        if (query.codePointCount(0, query.length()) <= ECHOED_CHARS) {
            return query;
        }
        int cut = query.offsetByCodePoints(0, ECHOED_CHARS);
        int space = query.lastIndexOf(' ', cut);
        // Cut, a direction it opened may be left open (its closer was at the end): balanced again.
        return org.concordance.content.Title.balanced(query.substring(0, space > ECHOED_CHARS / 2 ? space : cut).strip()) + "\u2026";
    }
}
