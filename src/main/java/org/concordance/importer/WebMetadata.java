package org.concordance.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.DocumentKind;
import org.concordance.content.Urls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved web page states about itself: Highwire {@code citation_*} tags (which journals and
 * Zotero use), Open Graph, schema.org JSON-LD, Dublin Core, {@code <time>} and {@code <title>}, in
 * that order of trust. Nothing is inferred from anything else.
 */
final class WebMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** ISO 8601's calendar date, or year and month, as pages write one for machines. */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    /** Highwire Press's date: year, month and day, or year and month, slashed. */
    private static final java.util.regex.Pattern HIGHWIRE_DATE = java.util.regex.Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?");
    /** A scheme at an address's start: what a relative address has not. */
    private static final java.util.regex.Pattern WEB_SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    /** What a browser writes atop a page it saves: {@code <!-- saved from url=(0042)https://… -->}, the length then the address. */
    private static final java.util.regex.Pattern SAVED_FROM = java.util.regex.Pattern.compile("\\s*saved from url=\\(\\d+\\)(.+?)\\s*");

    private WebMetadata() {
    }

    /** A name's generational suffix, written after a comma in an inverted name ("Smith, John, Jr."). */
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("(?:Jr|Sr)\\.?|I{2,3}|IV");
    /** Given names as an inverted name writes them after its comma: up to five words or initials, the first capitalised. */
    private static final java.util.regex.Pattern GIVEN = java.util.regex.Pattern.compile(
            "[\\p{Lu}\\p{Lo}ʿʾ'’][\\p{L}\\p{M}ʿʾ'’.-]*(?:\\s+[\\p{L}ʿʾ'’][\\p{L}\\p{M}ʿʾ'’.-]*){0,4}");
    /** What follows a comma in a company's name, not a given name. */
    private static final java.util.Set<String> NOT_GIVEN = java.util.Set.of("Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Co", "Co.",
            "Corp", "Corp.", "PhD", "Ph.D.", "MD", "M.D.", "Esq", "Esq.", "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    /** Particles that begin a family name, in either case ("van der Berg", "Ibn Khaldūn"): not counted as its words. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "der", "den", "de", "del", "della",
            "di", "da", "du", "la", "le", "ibn", "bin", "al", "el");

    /**
     * {@code name} in reading order, as the content format writes authors: Highwire's
     * {@code citation_author} and Dublin Core's creator are often inverted ("van der Berg, Jan",
     * "Smith, John, Jr."), which a byline would print as two names. A name without a comma, or
     * whose part after it is not given names (a suffix, a degree, "Inc."), is left as it is, as is
     * one whose parts could each be a whole name ("John Smith, Jane Doe": two authors in one tag;
     * "Brookings Institution, Foreign Policy Program").
     */
    static String readingOrder(String name) {
        // An Arabic name is inverted with the Arabic comma ("الخطيب، أحمد").
        String[] parts = name.split("[,\u060C]", -1);
        if (parts.length < 2 || parts.length > 3) {
            return name;
        }
        String family = parts[0].strip();
        String given = parts[1].strip();
        String suffix = parts.length == 3 ? parts[2].strip() : "";
        if (family.isEmpty() || NOT_GIVEN.contains(given) || !GIVEN.matcher(given).matches()
                || !suffix.isEmpty() && !SUFFIX.matcher(suffix).matches()) {
            return name;
        }
        long familyWords = java.util.Arrays.stream(family.split("\\s+"))
                .filter(word -> !PARTICLES.contains(word.toLowerCase(Locale.ROOT))).count();
        if (familyWords > 1 && given.split("\\s+").length > 1) {
            return name;
        }
        return given + " " + family + (suffix.isEmpty() ? "" : " " + suffix);
    }

    /** Fills {@code facts} from {@code page}'s metadata. */
    static void read(Document page, Facts facts) {
        published(page, facts);
        List<JsonNode> ld = jsonLd(page);
        // The language the page declares for its text: its root's lang, else its citation tags'.
        // Each only when it is a language tag: an invalid lang ("en_US") passes to the next.
        Optional<String> declared = Optional.ofNullable(page.selectFirst("html")).map(html -> html.attr("lang"))
                .flatMap(org.concordance.content.Languages::tag);
        facts.language(declared.or(() -> meta(page, "citation_language").flatMap(org.concordance.content.Languages::tag))
                .or(() -> meta(page, "dc.language").flatMap(org.concordance.content.Languages::tag)).orElse(null));
        facts.title(meta(page, "citation_title").or(() -> meta(page, "og:title")).or(() -> ldText(ld, "headline"))
                .or(() -> meta(page, "dc.title")).or(() -> titleElement(page)).orElse(null));
        List<String> authors = metas(page, "citation_author");
        if (authors.isEmpty()) {
            authors = ldAuthors(ld);
        }
        if (authors.isEmpty()) {
            authors = new ArrayList<>(metas(page, "author"));
            metas(page, "article:author").stream().filter(a -> !a.contains("://")).forEach(authors::add);
            metas(page, "dc.creator").forEach(authors::add);
        }
        facts.authors(authors.stream().filter(a -> !a.contains("://") && a.length() < 120).map(WebMetadata::readingOrder).toList());
        // Each source's date only if a calendar has it: an impossible one passes to the next source.
        facts.date(visibleDate(page).filter(WebMetadata::noImpossibleDate)
                .or(() -> meta(page, "citation_publication_date").map(WebMetadata::highwire).filter(WebMetadata::noImpossibleDate))
                .or(() -> meta(page, "citation_date").map(WebMetadata::highwire).filter(WebMetadata::noImpossibleDate))
                .or(() -> meta(page, "article:published_time").map(WebMetadata::day).filter(WebMetadata::noImpossibleDate))
                .or(() -> ldText(ld, "datePublished").map(WebMetadata::day).filter(WebMetadata::noImpossibleDate))
                .or(() -> meta(page, "dc.date").map(WebMetadata::highwire).filter(WebMetadata::noImpossibleDate)).orElse(null));
        Optional<String> journal = meta(page, "citation_journal_title");
        facts.venue(journal.or(() -> meta(page, "citation_conference_title")).or(() -> meta(page, "citation_inbook_title"))
                .or(() -> meta(page, "citation_technical_report_institution")).or(() -> meta(page, "citation_publisher"))
                .or(() -> meta(page, "og:site_name")).or(() -> ld.stream().map(n -> n.path("publisher").path("name").asText(""))
                        .filter(s -> !s.isBlank()).findFirst()).orElse(null));
        if (journal.isPresent()) {
            facts.volume = meta(page, "citation_volume");
            facts.issue = meta(page, "citation_issue");
            Optional<String> first = meta(page, "citation_firstpage");
            facts.pages = first.map(f -> f + meta(page, "citation_lastpage").map(l -> "–" + l).orElse(""));
            facts.kind(DocumentKind.JOURNAL_ARTICLE, "the page's citation tags name a journal");
        } else if (meta(page, "citation_technical_report_institution").isPresent()
                || meta(page, "citation_technical_report_number").isPresent()) {
            facts.kind(DocumentKind.REPORT, "the page's citation tags describe a report");
        } else if (meta(page, "citation_inbook_title").isPresent()) {
            facts.kind(DocumentKind.BOOK_CHAPTER, "the page's citation tags name the book it is a chapter of");
        }
        String types = String.join(" ", ld.stream().map(n -> n.path("@type").toString()).toList()).toLowerCase(Locale.ROOT);
        String generator = meta(page, "generator").orElse("").toLowerCase(Locale.ROOT);
        if (types.contains("blogposting")) {
            facts.kind(DocumentKind.BLOG_POST, "the page's schema.org data says it is a blog post");
        } else if (types.contains("scholarlyarticle")) {
            facts.kind(DocumentKind.JOURNAL_ARTICLE, "the page's schema.org data says it is a scholarly article");
        } else if (types.contains("\"report\"")) {
            facts.kind(DocumentKind.REPORT, "the page's schema.org data says it is a report");
        } else if (!page.select("link[href*=substackcdn.com], script[src*=substackcdn.com], img[src*=substackcdn.com]").isEmpty()) {
            facts.kind(DocumentKind.BLOG_POST, "a Substack post");
        } else if (meta(page, "og:type").filter("article"::equals).isPresent()
                && (generator.contains("wordpress") || generator.contains("ghost") || generator.contains("blogger")
                        || generator.contains("substack") || meta(page, "og:site_name").orElse("").toLowerCase(Locale.ROOT)
                                .contains("substack"))) {
            facts.kind(DocumentKind.BLOG_POST, "a post of a blog engine (" + (generator.isEmpty() ? "Substack" : generator) + ")");
        }
    }

    /**
     * The address the page states as its own, which its relative links resolve against: its
     * {@code <base href>} (what a browser resolves them against; a relative one resolved against
     * the page's own), else the address it was published at ({@link #published}: its canonical
     * link, {@code og:url}, {@code citation_public_url}, the browser's "saved from" note). Only an
     * absolute http or https address counts; empty when the page states none.
     */
    static Optional<String> address(Document page) {
        Optional<String> own = ownAddresses(page).stream().map(Map.Entry::getValue).filter(Urls::isWebAddress).findFirst();
        return page.selectFirst("base[href]") == null ? own : base(page, own);
    }

    /**
     * The page's {@code <base href>} as a browser reads it: absolute, or resolved against
     * {@code absolute} (the page's own address); empty when it is no http or https address then.
     */
    private static Optional<String> base(Document page, Optional<String> absolute) {
        return Optional.ofNullable(page.selectFirst("base[href]")).map(base -> WebLinks.cleaned(base.attr("href")))
                .flatMap(href -> Urls.isWebAddress(href) ? Optional.of(href) : absolute.map(address -> WebLinks.resolve(address, href)))
                .filter(Urls::isWebAddress);
    }

    /**
     * The address the page was published at, into {@code facts}: its canonical link, else
     * {@code og:url}, else Highwire's {@code citation_public_url}, else the address the browser
     * that saved it wrote atop it ({@code <!-- saved from url=(0042)https://… -->}, Chrome's and
     * Edge's "Save as", and Internet Explorer's before them). Not its {@code <base href>}, which
     * says where its links resolve, not what it is. Only an absolute http or https address counts.
     */
    private static void published(Document page, Facts facts) {
        ownAddresses(page).forEach(address -> facts.url(address.getValue(), address.getKey()));
    }

    /**
     * The addresses the page states as its own, most trusted first, each after what states it, read
     * as a browser reads a link's address ({@link WebLinks#cleaned}); a relative one resolved
     * against the first absolute one.
     */
    private static List<Map.Entry<String, String>> ownAddresses(Document page) {
        List<Map.Entry<String, String>> addresses = new ArrayList<>();
        // In the head only, where a browser and a search engine read it: one in the body (an article's
        // own markup, pasted in) is no statement of the page's.
        page.head().select("link[href]").stream().filter(link -> java.util.Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT)
                .split("\\s+")).contains("canonical")).findFirst()
                .ifPresent(link -> addresses.add(Map.entry("the page's canonical link", link.attr("href"))));
        meta(page, "og:url").ifPresent(address -> addresses.add(Map.entry("the page's og:url", address)));
        meta(page, "citation_public_url").ifPresent(address -> addresses.add(Map.entry("the page's citation_public_url", address)));
        savedFrom(page).ifPresent(address -> addresses.add(Map.entry("the address the browser noted when it saved the page", address)));
        List<Map.Entry<String, String>> cleaned = addresses.stream()
                .map(address -> Map.entry(address.getKey(), WebLinks.cleaned(address.getValue())))
                .filter(address -> !address.getValue().isEmpty()).toList();
        // A relative one (a canonical link "/2021/03/post/") is resolved as a browser resolves it: against
        // the page's <base href> (itself resolved if relative), else the first absolute address the page
        // states (the browser's note of where it saved it from), as its links would be.
        Optional<String> absolute = cleaned.stream().map(Map.Entry::getValue).filter(Urls::isWebAddress).findFirst();
        Optional<String> base = base(page, absolute);
        Optional<String> against = base.or(() -> absolute);
        String named = base.isPresent() ? " resolved against its <base href>, " : " resolved against ";
        return cleaned.stream().map(address -> against.isEmpty() || WEB_SCHEME.matcher(address.getValue()).lookingAt() ? address
                : Map.entry(address.getKey() + named + against.get(), WebLinks.resolve(against.get(), address.getValue())))
                .toList();
    }

    /** The address in a browser's "saved from" comment, which stands before {@code <html>} or at the top of its head. */
    private static Optional<String> savedFrom(Document page) {
        List<org.jsoup.nodes.Node> top = new ArrayList<>(page.childNodes());
        Optional.ofNullable(page.selectFirst("html")).ifPresent(html -> top.addAll(html.childNodes()));
        Optional.ofNullable(page.head()).ifPresent(head -> top.addAll(head.childNodes()));
        return top.stream().filter(org.jsoup.nodes.Comment.class::isInstance).map(node -> ((org.jsoup.nodes.Comment) node).getData())
                .map(SAVED_FROM::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(1)).findFirst();
    }

    /** A date as the page prints it, when it marks it with {@code <time>}. */
    private static Optional<String> visibleDate(Document page) {
        Element time = page.selectFirst("article time[datetime], header time[datetime], .post-meta time, .entry-meta time,"
                + " time[itemprop=datePublished], time.published, time.entry-date, time");
        return Optional.ofNullable(time).map(Element::text).map(String::strip).filter(text -> text.matches(".*\\d.*"));
    }

    /**
     * A date in Highwire Press's form, which Google Scholar's tags use ("2022/05/04", "2022/05"), as
     * ISO 8601 ("2022-05-04"), which the citations read; any other form as it is.
     */
    static String highwire(String date) {
        java.util.regex.Matcher slashed = HIGHWIRE_DATE.matcher(date.strip());
        if (!slashed.matches()) {
            return date;
        }
        StringBuilder iso = new StringBuilder(slashed.group(1)).append('-').append(twoDigits(slashed.group(2)));
        if (slashed.group(3) != null) {
            iso.append('-').append(twoDigits(slashed.group(3)));
        }
        return iso.toString();
    }

    /** False for a machine-written date no calendar has ("2021-13-45"), which is no date the page states. */
    static boolean noImpossibleDate(String date) {
        java.util.regex.Matcher iso = ISO_DATE.matcher(date.strip());
        if (!iso.matches()) {
            return true;
        }
        try {
            java.time.LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static String day(String iso) {
        return iso.length() >= 10 && iso.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? iso.substring(0, 10) : iso;
    }

    private static Optional<String> titleElement(Document page) {
        String title = page.title().strip();
        // "Post title | Site name" and "Post title – Site name": the site's name is not the title.
        String[] parts = title.split("\\s+[|–—·•]\\s+|\\s+-\\s+");
        return title.isEmpty() ? Optional.empty() : Optional.of(parts[0].strip());
    }

    static Optional<String> meta(Document page, String name) {
        return metas(page, name).stream().findFirst();
    }

    private static List<String> metas(Document page, String name) {
        List<String> values = new ArrayList<>();
        for (Element meta : page.select("meta[name], meta[property], meta[itemprop]")) {
            String key = meta.hasAttr("name") ? meta.attr("name") : meta.hasAttr("property") ? meta.attr("property") : meta.attr("itemprop");
            String value = meta.attr("content").strip();
            if (key.equalsIgnoreCase(name) && !value.isEmpty() && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                collect(root, nodes);
            } catch (java.io.IOException | RuntimeException e) {
                // Malformed JSON-LD states nothing; the other metadata still counts.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                collect(node.get("@graph"), into);
            }
            String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
            if (type.contains("article") || type.contains("posting") || type.contains("report") || type.contains("chapter")) {
                into.add(node);
            }
        }
    }

    private static Optional<String> ldText(List<JsonNode> nodes, String field) {
        return nodes.stream().map(n -> n.path(field).asText("")).filter(s -> !s.isBlank()).findFirst();
    }

    private static List<String> ldAuthors(List<JsonNode> nodes) {
        List<String> names = new ArrayList<>();
        for (JsonNode node : nodes) {
            JsonNode author = node.path("author");
            for (JsonNode one : author.isArray() ? author : List.of(author)) {
                String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }
}
