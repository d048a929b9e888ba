package org.concordance.citations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Metadata;
import org.concordance.content.Title;

/**
 * What a document page tells reference managers and search engines about the document, as data
 * the web layer writes into the page: Highwire Press {@code citation_*} meta tags first (Zotero's
 * generic importer reads those, not JSON-LD), a COinS span title, and schema.org JSON-LD. Everything
 * comes from the document's {@link Metadata}, so it agrees with the page. Stateless and thread-safe.
 */
public final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadata() {
    }

    /**
     * The meta tags, in the order to write them. A blog post says so with {@code DC.type=blogPost}
     * and never carries {@code citation_journal_title}, which would make Zotero import it as a journal
     * article.
     *
     * @param url the document page's canonical URL
     * @param siteName the site's name, for {@code og:site_name}: the page is on this site, whatever
     *     journal or blog the text first appeared in (that is {@code citation_journal_title})
     */
    public static List<MetaTag> metaTags(Document document, String url, String siteName) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(siteName, "siteName");
        Metadata meta = Objects.requireNonNull(document, "document").metadata();
        List<MetaTag> tags = new ArrayList<>();
        tags.add(MetaTag.name("citation_title", citationTitle(meta)));
        meta.authors().forEach(a -> tags.add(MetaTag.name("citation_author", a)));
        date(meta, "/").ifPresent(date -> tags.add(MetaTag.name("citation_publication_date", date)));
        if (meta.kind() == DocumentKind.JOURNAL_ARTICLE) {
            meta.venue().ifPresent(v -> tags.add(MetaTag.name("citation_journal_title", v)));
            meta.volume().ifPresent(v -> tags.add(MetaTag.name("citation_volume", v)));
            meta.issue().ifPresent(i -> tags.add(MetaTag.name("citation_issue", i)));
            meta.pages().map(PageRange::of).ifPresent(range -> {
                tags.add(MetaTag.name("citation_firstpage", range.first()));
                range.last().ifPresent(last -> tags.add(MetaTag.name("citation_lastpage", last)));
            });
        }
        // The address a reference manager keeps: the original's when known, as the citations give.
        tags.add(MetaTag.name("citation_public_url", meta.url().orElse(url)));
        // Only a language the document states: Zotero keeps it, and "en" on an Arabic text was false.
        meta.language().ifPresent(language -> tags.add(MetaTag.name("citation_language", language)));
        if (meta.kind() == DocumentKind.BLOG_POST) {
            tags.add(MetaTag.name("DC.type", "blogPost"));
        }
        tags.add(MetaTag.property("og:type", "article"));
        tags.add(MetaTag.property("og:title", meta.displayTitle()));
        tags.add(MetaTag.property("og:url", url));
        tags.add(MetaTag.property("og:site_name", siteName));
        return List.copyOf(tags);
    }

    /**
     * The {@code title} attribute of a COinS span ({@code <span class="Z3988" title="...">}): an
     * OpenURL ContextObject, percent-encoded. The web layer must still escape it as an attribute.
     */
    public static String coins(Document document, String url) {
        Objects.requireNonNull(url, "url");
        Metadata meta = Objects.requireNonNull(document, "document").metadata();
        Map<String, List<String>> kev = new LinkedHashMap<>();
        put(kev, "ctx_ver", "Z39.88-2004");
        if (meta.kind() == DocumentKind.BLOG_POST) {
            put(kev, "rft_val_fmt", "info:ofi/fmt:kev:mtx:dc");
            put(kev, "rft.type", "blogPost");
            put(kev, "rft.title", citationTitle(meta));
            meta.authors().forEach(a -> put(kev, "rft.creator", a));
            meta.venue().ifPresent(v -> put(kev, "rft.source", v));
            date(meta, "-").ifPresent(date -> put(kev, "rft.date", date));
            put(kev, "rft.identifier", meta.url().orElse(url));
        } else {
            put(kev, "rft_val_fmt", "info:ofi/fmt:kev:mtx:journal");
            put(kev, "rft.genre", "article");
            put(kev, "rft.atitle", citationTitle(meta));
            meta.venue().ifPresent(v -> put(kev, "rft.jtitle", v));
            meta.volume().ifPresent(v -> put(kev, "rft.volume", v));
            meta.issue().ifPresent(i -> put(kev, "rft.issue", i));
            meta.pages().map(PageRange::of).ifPresent(range -> {
                put(kev, "rft.spage", range.first());
                range.last().ifPresent(last -> put(kev, "rft.epage", last));
            });
            date(meta, "-").ifPresent(date -> put(kev, "rft.date", date));
            meta.authors().forEach(a -> put(kev, "rft.au", a));
            put(kev, "rft_id", meta.url().orElse(url));
        }
        List<String> pairs = new ArrayList<>();
        kev.forEach((key, values) -> values.forEach(v -> pairs.add(key + "=" + encode(v))));
        return String.join("&", pairs);
    }

    /**
     * A JSON-LD object of {@code type} with one property, in that order. Never {@code Map.of}: its
     * iteration order changes from one JVM to the next, and pages must be the same bytes on every
     * start and replica.
     */
    private static Map<String, Object> typed(String type, String key, Object value) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        object.put(key, value);
        return object;
    }

    /**
     * Schema.org JSON-LD ({@code ScholarlyArticle} or {@code BlogPosting}), ready for a
     * {@code <script type="application/ld+json">}: "</" is escaped so the text cannot close the script.
     */
    public static String jsonLd(Document document, String url) {
        Objects.requireNonNull(url, "url");
        Metadata meta = Objects.requireNonNull(document, "document").metadata();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", meta.kind() == DocumentKind.BLOG_POST ? "BlogPosting" : "ScholarlyArticle");
        // An untitled text gets no headline, and as its name the bracketed description its
        // citation_title carries: the library's label would read as the published title.
        if (meta.title().isPresent()) {
            ld.put("headline", meta.displayTitle());
        }
        ld.put("name", citationTitle(meta));
        if (!meta.authors().isEmpty()) {
            ld.put("author", meta.authors().stream().map(a -> typed("Person", "name", a)).toList());
        }
        date(meta, "-").ifPresent(date -> ld.put("datePublished", date));
        meta.venue().ifPresent(venue -> {
            if (meta.kind() == DocumentKind.BLOG_POST) {
                ld.put("isPartOf", typed("Blog", "name", venue));
            } else {
                Map<String, Object> periodical = typed("Periodical", "name", venue);
                Map<String, Object> part = periodical;
                if (meta.volume().isPresent()) {
                    part = typed("PublicationVolume", "volumeNumber", meta.volume().get());
                    part.put("isPartOf", periodical);
                }
                if (meta.issue().isPresent()) {
                    Map<String, Object> issue = typed("PublicationIssue", "issueNumber", meta.issue().get());
                    issue.put("isPartOf", part);
                    part = issue;
                }
                ld.put("isPartOf", part);
            }
        });
        meta.pages().ifPresent(p -> ld.put("pagination", p));
        meta.summary().ifPresent(summary -> ld.put("description", summary));
        ld.put("url", url);
        // This page is a copy of the text published there.
        meta.url().ifPresent(original -> ld.put("isBasedOn", original));
        meta.language().ifPresent(language -> ld.put("inLanguage", language));
        try {
            // Inside <script> the HTML parser reads "<!--", "<script" and "</script" in any case as
            // markup, so no '<' (nor '>' or '&') is left as itself; JSON reads the escapes as the same text.
            return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of plain maps and strings cannot fail to write", e);
        }
    }

    /**
     * The title a reference manager should store: the document's own, or for a text without one
     * the description its citations give, in square brackets as the style guides and Zotero's
     * own guidance mark a description standing in a title's place ("[Excerpt of an article, title
     * not given]"); never the library's label, which a reference manager would take for the
     * published title.
     */
    private static String citationTitle(Metadata meta) {
        return meta.title().map(Title::plain).orElseGet(() -> "[" + CslItems.description(meta) + "]");
    }

    /**
     * The document's date to the day it states, its parts joined by {@code separator}: "2021/03/15"
     * as Highwire's tags write it, "2021-03-15" (ISO 8601) for COinS and JSON-LD; "2021" when only
     * the year is known. The same date the exports give, so a reference manager saving the page
     * keeps the day.
     */
    private static java.util.Optional<String> date(Metadata meta, String separator) {
        List<Integer> parts = CslItems.publicationDate(meta);
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder date = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            date.append(separator).append(String.format(java.util.Locale.ROOT, "%02d", parts.get(i)));
        }
        return java.util.Optional.of(date.toString());
    }

    private static void put(Map<String, List<String>> kev, String key, String value) {
        kev.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
