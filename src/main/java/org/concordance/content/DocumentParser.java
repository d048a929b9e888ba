package org.concordance.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Turns one document file (YAML front matter and a Markdown body) into a {@link Document}, or
 * records why it cannot, with the line of each problem.
 */
final class DocumentParser {
    static final String ABOUT_ANCHOR = "about-the-author";
    static final int MAX_BLOCKS = Document.MAX_BLOCKS;
    static final int MAX_NOTES = Document.MAX_NOTES;

    private static final List<String> KEYS = List.of("title", "label", "kind", "authors", "venue",
            "volume", "issue", "date", "year", "pages", "byline", "summary", "excerpt", "figure", "standfirst",
            "about", "accessed", "url", "language", "source");

    private final Path file;
    private final List<ContentError> errors;
    /**
     * Markers begun but not closed ({@code [^14}) by label, with the line of the first: one whose
     * label a note has, and no marker refers to that note, is reported where it stands. Other text
     * that reads so (an escaped {@code \[^x} in an imported text) is the text's own.
     */
    private final Map<String, Integer> unclosed = new HashMap<>();
    /** Of {@link #unclosed}, those the file writes so, not escaped: an error whether or not a note has the label. */
    private final Map<String, Integer> unclosedWritten = new HashMap<>();
    /** The text being parsed, whose source spans the nodes reported carry. */
    private String source = "";

    private DocumentParser(Path file, List<ContentError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** Parses {@code text}, the content of {@code file}; problems go to {@code errors}. */
    static Optional<Document> parse(Path file, String text, List<ContentError> errors) {
        return new DocumentParser(file, errors).parse(text);
    }

    private Optional<Document> parse(String text) {
        int errorsBefore = errors.size();
        Optional<FrontMatter.Split> split = FrontMatter.split(file, text, errors);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> parsed = FrontMatter.parse(file, split.get().yaml(), errors);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        front.rejectUnknownKeys(KEYS);

        // The file name is the slug: one place says where a document lives.
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (!Slugs.isSlug(slug)) {
            errors.add(new ContentError(file, 0, "'" + slug + "' is not a usable slug: name the file with lower-case "
                    + "letters, digits and single hyphens, such as " + Slugs.slugOr(slug, "my-document") + ".md"));
        }
        Metadata metadata = metadata(front);

        Notes notes = new Notes();
        List<Block> blocks = new ArrayList<>();
        Counter paragraphs = new Counter();
        front.text("standfirst").ifPresent(standfirst ->
                frontMatterParagraphs(standfirst, front.line("standfirst"), Part.STANDFIRST, Optional.empty(),
                        paragraphs, notes, blocks));
        body(split.get().body(), split.get().bodyLine(), paragraphs, notes, blocks);
        front.text("about").ifPresent(about -> {
            blocks.add(new Heading(2, "About the author", ABOUT_ANCHOR));
            frontMatterParagraphs(about, front.line("about"), Part.ABOUT, Optional.of(ABOUT_ANCHOR), paragraphs,
                    notes, blocks);
        });
        // The standfirst and the biography are paragraphs of the page too.
        if (blocks.size() > MAX_BLOCKS && !toldTooLong) {
            tooLong(front.line(front.text("about").isPresent() ? "about" : "standfirst"));
        }
        Optional<Figure> figure = front.mapping("figure").flatMap(map -> {
            map.rejectUnknownKeys(List.of("caption"));
            return map.requiredText("caption").map(caption -> {
                source = caption;
                Node node = Markdown.parse(caption).getFirstChild();
                reportUnresolved(node, front.line("figure"));
                reportHtml(node, front.line("figure"));
                return new Figure(Markdown.inlineHtml(node, label -> ""), Markdown.plainText(node));
            });
        });

        List<Note> noteList = notes.resolve();
        if (errors.size() > errorsBefore || metadata == null) {
            return Optional.empty();
        }
        return Optional.of(new Document(slug, metadata, figure, blocks, noteList));
    }

    private Metadata metadata(FrontMatter front) {
        Optional<String> written = front.text("title");
        Optional<Title> title = written.flatMap(markdown -> {
            try {
                return Optional.of(Title.fromMarkdown(markdown));
            } catch (IllegalArgumentException e) {
                front.error("title", "'title' " + e.getMessage().replaceFirst("^a title ", ""));
                return Optional.empty();
            }
        });
        Optional<String> label = front.oneLine("label");
        if (written.isEmpty() && label.isEmpty()) {
            errors.add(new ContentError(file, 2, "a document needs a 'title' or, when its text gives none, a descriptive 'label'"));
        }
        Optional<DocumentKind> kind = front.requiredText("kind").flatMap(code -> {
            Optional<DocumentKind> found = DocumentKind.fromCode(code);
            if (found.isEmpty()) {
                front.error("kind", "unknown kind '" + code + "'; use one of " + DocumentKind.codes());
            }
            return found;
        });
        List<String> authors = front.textList("authors");
        OptionalInt year = front.integer("year");
        if (year.isPresent() && (year.getAsInt() < Metadata.FIRST_YEAR || year.getAsInt() > Metadata.LAST_YEAR)) {
            // Dates on pages, in meta tags and in the exports are written as ISO 8601 and BibTeX write
            // years: four digits, of the common era. A year outside is a typing error far more often.
            front.error("year", "'year' must be from " + Metadata.FIRST_YEAR + " to " + Metadata.LAST_YEAR
                    + " (a year of the common era, four digits at most), was " + year.getAsInt());
            year = OptionalInt.empty();
        }
        Optional<String> summary = front.oneLine("summary");
        Optional<java.time.LocalDate> accessed = front.date("accessed");
        Optional<String> url = front.text("url").flatMap(address -> {
            Optional<String> problem = Urls.problem(address);
            if (problem.isEmpty()) {
                return Optional.of(address);
            }
            front.error("url", "'url' is the address the text was published at, and '" + Urls.shown(address) + "' "
                    + problem.get());
            return Optional.empty();
        });
        Optional<String> language = front.oneLine("language").flatMap(tag -> {
            Optional<String> wellFormed = Languages.tag(tag);
            if (wellFormed.isEmpty()) {
                front.error("language", "'language' must be a BCP 47 language tag such as en, ar or zh-Hans, was '" + tag + "'");
            }
            return wellFormed;
        });
        Optional<String> source = front.requiredText("source");
        Optional<Excerpt> excerpt = front.mapping("excerpt").map(map -> {
            map.rejectUnknownKeys(List.of("begins", "ends"));
            return new Excerpt(midSentence(map, "begins"), midSentence(map, "ends"));
        });
        // Every field is read, so each one's problem is reported in the same pass, before any required one is missed.
        Optional<String> venue = front.oneLine("venue");
        Optional<String> volume = front.oneLine("volume");
        Optional<String> issue = front.oneLine("issue");
        Optional<String> date = front.oneLine("date");
        Optional<String> pages = front.oneLine("pages");
        Optional<String> byline = front.oneLine("byline");
        if (kind.isEmpty() || source.isEmpty() || written.isPresent() != title.isPresent() || (title.isEmpty() && label.isEmpty())) {
            return null;
        }
        return new Metadata(title, label.or(() -> title.map(Title::plain)).orElseThrow(), kind.get(), authors, venue, volume, issue, date, year,
                pages, byline, summary, excerpt, accessed, url, language, source.get());
    }

    private boolean midSentence(FrontMatter excerpt, String key) {
        Optional<String> value = excerpt.text(key);
        if (value.isPresent() && !value.get().equals("mid-sentence") && !value.get().equals("sentence")) {
            excerpt.error(key, "excerpt '" + key + "' is 'mid-sentence' or 'sentence', was '" + value.get() + "'");
        }
        return value.map("mid-sentence"::equals).orElse(false);
    }

    /** Whether {@link #tooLong} was reported: once per document. */
    private boolean toldTooLong;

    private void tooLong(int line) {
        if (!toldTooLong) {
            toldTooLong = true;
            errors.add(new ContentError(file, line, String.format(java.util.Locale.ROOT, "a document holds at most %,d"
                    + " paragraphs and headings, and this one goes on here: split the text into parts, each a document"
                    + " of its own", MAX_BLOCKS)));
        }
    }

    private void frontMatterParagraphs(String markdown, int line, Part part, Optional<String> section,
            Counter paragraphs, Notes notes, List<Block> blocks) {
        source = markdown;
        Node root = Markdown.parse(markdown);
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Paragraph) {
                blocks.add(paragraph(node, line, paragraphs.next(), part, section, notes));
            } else {
                errors.add(new ContentError(file, line, "only paragraphs are allowed here, found a "
                        + describe(node)));
            }
        }
    }

    private void body(String markdown, int firstLine, Counter paragraphs, Notes notes, List<Block> blocks) {
        source = markdown;
        Node root = Markdown.parse(markdown);
        Optional<String> section = Optional.empty();
        Set<String> anchors = new HashSet<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            int line = line(node, firstLine);
            if (blocks.size() == MAX_BLOCKS && (node instanceof org.commonmark.node.Heading
                    || node instanceof org.commonmark.node.Paragraph)) {
                tooLong(line);
            }
            if (node instanceof org.commonmark.node.Heading heading) {
                if (heading.getLevel() == 1) {
                    errors.add(new ContentError(file, line, "use '##' for section headings; the title comes from the front matter"));
                    continue;
                }
                reportUnresolved(heading, line);
                reportHtml(heading, line);
                String text = Markdown.plainText(heading);
                if (Title.clean(text).isBlank()) { // else an empty heading, and an empty link to it in the contents
                    errors.add(new ContentError(file, line, "a heading needs text after its '##'"));
                    continue;
                }
                String anchor = uniqueAnchor(text, anchors);
                blocks.add(new Heading(heading.getLevel(), text, anchor));
                section = Optional.of(anchor);
            } else if (node instanceof org.commonmark.node.Paragraph) {
                blocks.add(paragraph(node, line, paragraphs.next(), Part.BODY, section, notes));
            } else if (node instanceof FootnoteDefinition definition) {
                notes.define(definition, line, firstLine);
            } else if (node instanceof org.commonmark.node.HtmlBlock html) {
                errors.add(new ContentError(file, line, "raw HTML is not allowed: "
                        + html.getLiteral().lines().findFirst().orElse("").strip() + "; use Markdown instead"));
            } else {
                errors.add(new ContentError(file, line, "a document body holds headings, paragraphs and notes; found a "
                        + describe(node)));
            }
        }
    }

    private Paragraph paragraph(Node node, int line, int number, Part part, Optional<String> section, Notes notes) {
        reportUnresolved(node, line);
        reportHtml(node, line);
        List<String> labels = new ArrayList<>();
        String html = Markdown.inlineHtml(node, label -> {
            labels.add(label);
            return notes.marker(label, number);
        });
        String plain = Markdown.plainText(node);
        checkLength(plain, line);
        return new Paragraph(number, part, html, plain, section, labels);
    }

    private void checkLength(String plain, int line) {
        Paragraph.overLength(plain).ifPresent(characters -> errors.add(new ContentError(file, line, String.format(
                java.util.Locale.ROOT, "a paragraph of %,d characters; the most a paragraph can hold is %,d: put a blank line "
                        + "where the text's paragraphs end", characters, Paragraph.MAX_LENGTH))));
    }

    /**
     * Raw HTML, images and links to other than web, mail or site addresses are not part of the
     * content format: pages carry no markup the CSP did not vet.
     */
    private void reportHtml(Node node, int line) {
        for (String html : Markdown.inlineHtmlIn(node)) {
            errors.add(new ContentError(file, line, "raw HTML is not allowed: " + html
                    + "; use Markdown (*italics*, **bold**), or write \\< to show a '<'"));
        }
        for (String refused : Markdown.refusedIn(node)) {
            errors.add(new ContentError(file, line, refused));
        }
    }

    private void reportUnresolved(Node node, int line) {
        for (String label : Markdown.unresolvedNoteLabels(node)) {
            errors.add(new ContentError(file, line, "note marker [^" + label + "] has no note: add a line '[^"
                    + label + "]: …' defining it"));
        }
        for (Markdown.Unclosed marker : Markdown.unclosedNoteMarkers(node, source)) {
            unclosed.putIfAbsent(marker.label(), line);
            if (marker.written()) {
                unclosedWritten.putIfAbsent(marker.label(), line);
            }
        }
    }

    private static int line(Node node, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }

    private static String uniqueAnchor(String text, Set<String> taken) {
        String base = Slugs.slug(text);
        if (base.isEmpty()) {
            base = "section";
        } else if (reserved(base)) {
            base = "section-" + base;
        }
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    /**
     * Ids the document page uses for itself: paragraphs ({@code p-N}), notes and their markers
     * ({@code fn…}), citation boxes ({@code cite-…}) and the page's own parts. A heading whose slug
     * is one of them is anchored at {@code section-…} instead, so ids never collide.
     */
    static boolean reserved(String anchor) {
        return RESERVED_ANCHORS.contains(anchor) || anchor.matches("p-\\d+.*")
                || RESERVED_PREFIXES.stream().anyMatch(anchor::startsWith);
    }

    private static final Set<String> RESERVED_ANCHORS = Set.of("main", "top", "contents", "notes", "standfirst",
            ABOUT_ANCHOR);
    private static final List<String> RESERVED_PREFIXES = List.of("fn", "cite-", "doc-", "toc-", "notes-",
            "figure-", "site-", "page-", "relation-", "para-");

    private static String describe(Node node) {
        return node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static final class Counter {
        private int value;

        int next() {
            return ++value;
        }
    }

    /** Collects note definitions and the markers that use them, then checks that both sides match. */
    private final class Notes {
        private final Map<String, Integer> definitionLines = new LinkedHashMap<>();
        private final Map<String, String> html = new HashMap<>();
        private final Map<String, String> text = new HashMap<>();
        private final Map<String, List<NoteReference>> references = new LinkedHashMap<>();

        String marker(String label, int paragraph) {
            List<NoteReference> uses = references.computeIfAbsent(label, l -> new ArrayList<>());
            String anchor = NoteReference.anchorFor(label, uses.size() + 1);
            uses.add(new NoteReference(anchor, paragraph));
            // Prose reads the plain text back from the HTML by this opening.
            return Prose.MARKER_START + "<a href=\"#fn-" + label + "\" id=\"" + anchor
                    + "\" role=\"doc-noteref\"><span class=\"visually-hidden\">Note </span>" + label + "</a></sup>";
        }

        void define(FootnoteDefinition definition, int line, int firstLine) {
            String label = definition.getLabel();
            if (!label.matches("[A-Za-z0-9]+")) {
                errors.add(new ContentError(file, line, "note label '" + label + "' must be ASCII letters and digits (A-Z, a-z, 0-9): "
                        + "it becomes part of the note's address (#fn-1 for [^1])"));
                return;
            }
            Integer earlier = definitionLines.putIfAbsent(label, line);
            if (earlier != null) {
                errors.add(new ContentError(file, line, "note [^" + label + "] is defined twice (first on line " + earlier + ")"));
                return;
            }
            if (definitionLines.size() == MAX_NOTES + 1) {
                errors.add(new ContentError(file, line, String.format(java.util.Locale.ROOT, "a document holds at most %,d"
                        + " notes, and this is note %,d: split the text into parts, each a document of its own",
                        MAX_NOTES, MAX_NOTES + 1)));
            }
            List<String> parts = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            boolean reported = false;
            for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
                int childLine = line(child, firstLine);
                reported = true;
                if (!(child instanceof org.commonmark.node.Paragraph)) {
                    errors.add(new ContentError(file, childLine, "a note holds paragraphs only; found a " + describe(child)));
                    continue;
                }
                reportUnresolved(child, childLine);
                reportHtml(child, childLine);
                if (containsReference(child)) {
                    errors.add(new ContentError(file, childLine, "a note cannot cite another note; write "
                            + "\"see note 14\" in words instead of a marker"));
                    continue;
                }
                parts.add(Markdown.inlineHtml(child, l -> ""));
                plain.add(Markdown.plainText(child));
                checkLength(plain.get(plain.size() - 1), childLine);
            }
            // A note whose only paragraph was refused above is not also "empty": one problem, one message.
            if (!reported) {
                errors.add(new ContentError(file, line, "note [^" + label + "] is empty"));
            }
            html.put(label, String.join(" ", parts));
            text.put(label, String.join(" ", plain));
        }

        List<Note> resolve() {
            for (Map.Entry<String, Integer> definition : definitionLines.entrySet()) {
                String label = definition.getKey();
                if (references.containsKey(label)) {
                    continue;
                }
                Integer markerLine = unclosed.get(label);
                if (markerLine != null) {
                    errors.add(new ContentError(file, markerLine, "note marker [^" + label + " is not closed: write [^" + label + "]"));
                } else {
                    errors.add(new ContentError(file, definition.getValue(), "note [^" + label
                            + "] is defined but no marker in the text refers to it"));
                }
            }
            unclosedWritten.forEach((label, line) -> {
                if (!definitionLines.containsKey(label)) {
                    errors.add(new ContentError(file, line, "note marker [^" + label + " is not closed, and no note is"
                            + " labelled " + label + ": write [^" + label + "] and a line '[^" + label + "]: …' defining"
                            + " the note, or \\[^" + label + " to keep the characters as text"));
                }
            });
            List<Note> notes = new ArrayList<>();
            references.forEach((label, uses) -> {
                if (html.containsKey(label)) {
                    notes.add(new Note(label, html.get(label), text.get(label), uses));
                }
            });
            return notes;
        }

        private boolean containsReference(Node node) {
            boolean[] found = {false};
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode custom) {
                    if (custom instanceof FootnoteReference) {
                        found[0] = true;
                    }
                    visitChildren(custom);
                }
            });
            return found[0];
        }
    }
}
