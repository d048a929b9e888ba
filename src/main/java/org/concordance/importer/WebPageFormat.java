package org.concordance.importer;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page ({@code .html}, {@code .htm}): jsoup parses it, its metadata gives title,
 * authors, date and venue, its footnotes are taken out with their markers, and Readability4J finds
 * the article among the navigation, sidebars, share buttons, comments and footers. The article's
 * paragraphs, headings, quotations, lists and caption become the document's units.
 */
final class WebPageFormat implements Format {
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
            "figure", "figcaption", "pre", "table", "hr", "div", "section", "article", "main", "header", "dl", "dt", "dd",
            "aside", "nav", "footer", "form", "address", "details", "summary", "center");
    /** Readability needs an absolute base; the links' own addresses are kept out of its way ({@link WebLinks#shield}). */
    private static final String BASE = "https://saved-page.invalid/";
    private static final String SUBTITLE = ".subtitle, .sub-title, .dek, .deck, .standfirst, .strapline, .article-subtitle,"
            + " .post-subtitle, [itemprop=alternativeHeadline], .gh-article-excerpt, .article-excerpt, .post-full-custom-excerpt";
    /**
     * A post's line of details under its title, as blog themes mark it (Ghost's "Kim Park Nov 2, 2019 — 4 min
     * read", WordPress's entry meta): its author and date are the metadata's, read before; the rest is furniture.
     */
    private static final String POST_DETAILS = ".gh-article-meta, .article-meta, .post-meta, .entry-meta, .post-full-meta";
    private static final String CAPTION = "figcaption, .wp-caption-text";
    /** What Readability takes for a byline and takes out of the article: its class, id, rel or itemprop says so. */
    private static final String BYLINE = "[class~=(?i)byline|author|dateline|writtenby], [id~=(?i)byline|author|dateline|writtenby],"
            + " [rel=author], [itemprop~=(?i)author]";
    private static final Set<String> CHROME = Set.of("nav", "aside", "footer", "form", "button");
    /**
     * The deepest nesting of elements read. Pages nest a few dozen deep; a browser's parser, as
     * jsoup's, stops nesting at 512 and puts what is deeper beside it, where Readability's work
     * grows faster than the elements do (a hostile tester's 100,000 nested {@code <div>}s ran for
     * minutes; 1,000 took 3.5 s).
     */
    static final int MAX_DEPTH = 256;
    /** Where a table is none of the article's: the page's navigation, asides, footer, a form, or inside another table. */
    private static final java.util.Set<String> OUTSIDE_TABLES = java.util.Set.of("nav", "aside", "footer", "form", "table");
    /** More words than this, and an element marked as a post's details holds more than them (a theme wraps the article in it). */
    private static final int MAX_DETAILS_WORDS = 30;
    /** A page with a password field and fewer words than this is a sign-in page, not an article behind one. */
    private static final int SIGN_IN_WORDS = 150;

    @Override
    public Layout read(Input input, Report report, Vocabulary vocabulary) throws ImportFailure {
        Document page = Jsoup.parse(decode(input, report), BASE);
        if (page.body() == null || page.body().text().isBlank()) {
            throw new ImportFailure("the page has no text in its body");
        }
        int depth = depth(page);
        if (depth > MAX_DEPTH) {
            throw new ImportFailure(String.format(Locale.ROOT, "the page nests its elements more than %d deep, where pages"
                    + " nest a few dozen: copy its text into a .txt file and import that", MAX_DEPTH));
        }
        // A sign-in page saved in place of the article it guards: a password field, and a few words around it.
        if (page.selectFirst("input[type=password]") != null && words(page.body().text()) < SIGN_IN_WORDS) {
            throw new ImportFailure("the page is a sign-in form (it asks for a password) and holds no article: sign in,"
                    + " open the article and save that page, or copy the article's text into a .txt file and import that");
        }
        Facts facts = new Facts();
        WebMetadata.read(page, facts);
        WebLinks links = new WebLinks(WebMetadata.address(page), report);
        WebFootnotes.clearPlaceholderCharacters(page);
        List<Draft.Note> notes = WebFootnotes.extract(page, report, links);
        WebLinks.shield(page);
        // Readability drops the classes that say what these are, so they are taken out first.
        Optional<Prose> subtitle = takeOut(page, SUBTITLE, links);
        Element region = Optional.ofNullable(page.selectFirst("[itemprop=articleBody], article, main")).orElse(page.body());
        Optional<Prose> caption = takeOut(region, CAPTION, links);
        // Readability takes out a byline its class or rel names and gives the author meta tag in its place,
        // which can name fewer (a trial: "By Priya Raman and Omar Haddad" under a tag naming her alone): it is
        // taken out first and given back to the text, where the byline is read as in every format.
        Optional<Prose> printedByline = region.select(BYLINE).stream().filter(e -> Bylines.byline(e.text()).isPresent()).findFirst()
                .map(printed -> {
                    Prose prose = HtmlInlines.of(printed, links);
                    printed.remove();
                    return prose;
                });
        // The details are taken out; when no metadata names the authors, the author the details name is taken first.
        for (Element details : region.select(POST_DETAILS).stream().filter(d -> words(d.text()) <= MAX_DETAILS_WORDS).toList()) {
            if (facts.authors.isEmpty()) {
                details.select(BYLINE).stream().map(author -> Prose.collapse(author.text()).strip())
                        .map(Bylines::ofAuthor)
                        .flatMap(Optional::stream).findFirst().ifPresent(found -> facts.authors(found.authors()));
            }
            report.removed("the post's details under its title", Prose.collapse(details.text()).strip());
            details.remove();
        }
        // The heading that sets the title, with its italics: Readability can leave it out of the article (a
        // Substack post's <h1> above its body), and the title then had only the metadata's plain words.
        Optional<Unit> titleHeading = facts.title.flatMap(title -> page.body().select("h1").stream()
                .map(h1 -> Unit.of(Unit.Role.HEADING2, HtmlInlines.of(h1, links)))
                .filter(unit -> Prose.sameWords(unit.text(), title)).findFirst());
        // Readability drops most tables as it drops a page's layout, so the article's are counted before it: those
        // of its region outside navigation, asides, footers and forms, and not one holding most of the region's
        // words (a page laid out in a table around its article).
        int regionWords = words(region.text());
        List<String> tables = region.select("table").stream()
                .filter(table -> table.parents().stream().noneMatch(parent -> OUTSIDE_TABLES.contains(parent.normalName())))
                .filter(table -> words(table.text()) * 2 < regionWords)
                .map(table -> Prose.collapse(table.text()).strip()).filter(text -> !text.isEmpty()).toList();
        Article article = new Readability4J(BASE, page.clone()).parse();
        Element content = article.getArticleContent();
        if (content == null || content.text().isBlank()) {
            report.warn("Readability found no article on the page; the whole body was read");
            content = page.body();
        }
        // The notes, subtitle and caption are out of the page already; what else Readability left out is page furniture.
        int around = words(page.body().text()) - words(content.text());
        if (around > 0 && content != page.body()) {
            report.removedAmount("the page around the article (navigation, sidebars, share buttons, comments, footer)",
                    around + " words");
        }
        if (facts.authors.isEmpty() && article.getByline() != null) {
            Bylines.ofAuthor(article.getByline())
                    .ifPresent(found -> facts.authors(found.authors()));
        }
        if (content.text().length() > Input.MAX_TEXT_BYTES) {
            throw new ImportFailure("the article is " + Input.megabytes(content.text().length()) + " of text; the importer"
                    + " takes texts up to " + Input.megabytes(Input.MAX_TEXT_BYTES));
        }
        Walk walk = new Walk(links);
        subtitle.ifPresent(prose -> walk.units.add(Unit.of(Unit.Role.STANDFIRST, prose)));
        walk.blocks(content);
        walk.flush();
        // Given back at the top when Readability left it out, where the title is read from the text's first lines.
        titleHeading.filter(heading -> walk.units.stream().noneMatch(unit -> unit.isHeading()
                && Prose.sameWords(unit.text(), heading.text())))
                .ifPresent(heading -> walk.units.add(0, heading));
        // Before the first paragraph, under the title's heading and the subtitle, where pages print it.
        printedByline.ifPresent(prose -> walk.units.add((int) walk.units.stream().takeWhile(u -> u.role() != Unit.Role.PARAGRAPH).count(),
                Unit.of(Unit.Role.PARAGRAPH, prose)));
        if (walk.quotations > 0) {
            report.found(walk.quotations + " block quotation" + (walk.quotations == 1 ? "" : "s")
                    + " kept as paragraphs (the content format has no quotation blocks)");
        }
        if (walk.listItems > 0) {
            report.found(walk.listItems + " list item" + (walk.listItems == 1 ? "" : "s") + " kept as paragraphs");
        }
        // The tables Readability kept are left out by the walk; those it dropped are not in its text.
        String kept = Prose.collapse(content.text());
        long leftOut = walk.tables + tables.stream().filter(table -> !kept.contains(table)).count();
        if (leftOut > 0) {
            report.warn(leftOut + " table" + (leftOut == 1 ? " was" : "s were")
                    + " left out: the content format holds no tables");
        }
        return new Layout(walk.units, facts, Optional.of(notes), caption);
    }

    /** How deep the page's elements nest, counted from the document. */
    private static int depth(Document page) {
        int[] deepest = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0];
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The first element of {@code scope} matching {@code selector}, taken out of the page, as prose. */
    private static Optional<Prose> takeOut(Element scope, String selector, WebLinks links) {
        Element found = scope.selectFirst(selector);
        if (found == null) {
            return Optional.empty();
        }
        Prose prose = HtmlInlines.of(found, links);
        found.remove();
        return prose.isBlank() ? Optional.empty() : Optional.of(prose);
    }

    /**
     * The page's text: in the character set it declares in a {@code <meta>} ({@link Input#text(Report,
     * long, Optional)}), else UTF-8, else Windows-1252 with a warning. As browsers do (WHATWG HTML,
     * the prescan of a page's bytes), a declared UTF-16 is read as UTF-8 (a page whose bytes could
     * be read to find it is not UTF-16), and Latin-1 and ASCII as Windows-1252, their superset.
     */
    private static String decode(Input input, Report report) throws ImportFailure {
        String head = new String(input.bytes(), 0, Math.min(input.bytes().length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_CHARSET.matcher(head);
        Optional<Charset> charset = Optional.empty();
        if (declared.find()) {
            String label = declared.group(1).toLowerCase(Locale.ROOT);
            try {
                charset = Optional.of(label.startsWith("utf-16") ? java.nio.charset.StandardCharsets.UTF_8
                        : Set.of("iso-8859-1", "latin1", "us-ascii", "ascii").contains(label) ? Charset.forName("windows-1252")
                        : Charset.forName(label));
            } catch (IllegalArgumentException e) {
                report.warn("the page declares an unknown character set '" + declared.group(1) + "'; read as UTF-8");
            }
        }
        return input.text(report, Input.MAX_FILE_BYTES, charset);
    }

    /** Walks the article's elements into units. */
    private static final class Walk {
        final WebLinks links;
        final List<Unit> units = new ArrayList<>();
        final List<Node> run = new ArrayList<>();
        int quotations;
        int listItems;
        int tables;

        Walk(WebLinks links) {
            this.links = links;
        }

        void blocks(Element parent) {
            for (Node node : parent.childNodes()) {
                if (node instanceof TextNode || node instanceof Element e && !BLOCKS.contains(e.normalName())) {
                    if (!(node instanceof Element e && HtmlInlines.SKIPPED.contains(e.normalName()))) {
                        run.add(node);
                    }
                    continue;
                }
                Element element = (Element) node;
                String tag = element.normalName();
                flush();
                if (CHROME.contains(tag)) {
                    continue;
                }
                switch (tag) {
                    case "p", "pre", "dt", "dd", "address", "summary" -> add(element.hasClass("wp-caption-text")
                            ? Unit.Role.CAPTION : Unit.Role.PARAGRAPH, element);
                    case "h1", "h2" -> add(Unit.Role.HEADING2, element);
                    case "h3", "h4", "h5", "h6" -> add(Unit.Role.HEADING3, element);
                    case "figcaption" -> add(Unit.Role.CAPTION, element);
                    case "blockquote" -> {
                        quotations++;
                        nested(element);
                    }
                    case "li" -> {
                        listItems++;
                        nested(element);
                    }
                    case "table" -> tables++;
                    case "hr" -> {
                    }
                    default -> blocks(element);
                }
            }
        }

        /** A quotation or list item: its paragraphs when it has any, else its text as one paragraph. */
        private void nested(Element element) {
            if (element.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()))) {
                blocks(element);
                flush();
            } else {
                add(Unit.Role.PARAGRAPH, element);
            }
        }

        void add(Unit.Role role, Element element) {
            Prose prose = HtmlInlines.of(element, links);
            if (!prose.isBlank()) {
                units.add(Unit.of(role, prose));
            }
        }

        void flush() {
            if (run.isEmpty()) {
                return;
            }
            List<Inline> inlines = new ArrayList<>();
            for (Node node : run) {
                HtmlInlines.collect(node, false, inlines, links);
            }
            run.clear();
            Prose prose = new Prose(inlines);
            if (!prose.isBlank()) {
                units.add(Unit.of(Unit.Role.PARAGRAPH, prose));
            }
        }
    }
}
