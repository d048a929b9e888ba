package org.concordance.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A title as printed, with the italics inside it: an article called “Reading <i>Nexus of Global
 * Jihad</i> alongside <i>The Accidental Guerrilla</i>” names two books, and those stay italic in
 * every form the title is written in. Each form has its own method: {@link #plain()} for
 * {@code <title>}, meta tags, RIS and search; {@link #html()} for pages; {@link #csl()} for CSL-JSON;
 * {@link #markdown()} for a content file's front matter; BibTeX's is the citations' exports'.
 * A document's title is read from its front matter as Markdown ({@link #fromMarkdown}), a note's
 * from the note's HTML ({@link #fromMarkup}).
 *
 * @param runs the title's text in order, adjacent runs differing in italics, none empty; no
 *     control character (C0 or C1) anywhere, so none can reach a page or an export
 */
public record Title(List<Run> runs) {
    /**
     * Control characters (C0 and C1), and the two private-use characters U+E000 and U+E001, which the
     * citation formatter marks the runs of a title with while citeproc-java works: none may be part of
     * a title.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\uE000\uE001\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u0085\u2028\u2029]+");
    /**
     * What inline Markdown reads as syntax: backslashes, emphasis, code, links, HTML, and an
     * ampersand that begins an entity ("&amp;amp;"); "AT&T" and "al-Qaeda" stay as they are.
     */
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("[\\\\`*_\\[\\]<]|&(?=#?\\w+;)");

    /** Part of a title, in italics or not. */
    public record Run(String text, boolean italic) {
        public Run {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a run of a title needs text");
            }
            if (CONTROL.matcher(text).find()) {
                throw new IllegalArgumentException("a title cannot hold a control character: '"
                        + CONTROL.matcher(text).replaceAll("\uFFFD") + "'");
            }
        }
    }

    public Title {
        runs = merge(runs);
        if (runs.isEmpty() || plain(runs).isBlank()) {
            throw new IllegalArgumentException("a title needs text");
        }
    }

    /** A title without italics; whitespace is collapsed and any other control character dropped. */
    public static Title of(String text) {
        return new Title(List.of(new Run(clean(text).strip(), false)));
    }

    /**
     * A title from HTML-like markup: {@code <i>}, {@code <em>} and {@code <cite>} mark italics, as
     * in CSL-JSON's rich text and in notes; other tags keep only their text. Whitespace is collapsed
     * and any other control character dropped.
     */
    public static Title fromMarkup(String markup) {
        List<Run> runs = new ArrayList<>();
        for (Node node : Jsoup.parseBodyFragment(markup).body().childNodes()) {
            collect(node, false, runs);
        }
        return new Title(trim(runs));
    }

    /**
     * A title written in Markdown, as a document's front matter gives it: {@code *…*} or {@code _…_}
     * mark italics ("Reading *Nexus of Global Jihad*"), a backslash keeps a character as it is
     * ({@code \*}); whitespace is collapsed and any other control character dropped.
     *
     * @throws IllegalArgumentException when it leaves no text, or holds raw HTML
     */
    public static Title fromMarkdown(String markdown) {
        // Cleaned first: a title is one line, so a blank line in it is a space, not a paragraph's end,
        // and a NUL is dropped, not read as U+FFFD as CommonMark reads it.
        return new Title(trim(Markdown.titleRuns(clean(Objects.requireNonNull(markdown, "markdown")))));
    }

    /**
     * The title as Markdown that {@link #fromMarkdown} reads back as this title: italics as
     * {@code *…*} (or {@code _…_} where an asterisk would not be read as emphasis, between a letter
     * and punctuation), the characters Markdown reads as syntax escaped with a backslash. For a
     * content file's front matter; an italic run Markdown cannot mark where it stands is written in
     * roman rather than as other text.
     */
    public String markdown() {
        int italics = (int) runs.stream().filter(Run::italic).count();
        // Each italic run marked with '*' or '_' (bit i of the mask for the i-th): the first way that
        // reads back; past a few runs only the two uniform ways are tried.
        int ways = italics <= 6 ? 1 << italics : 2;
        for (int mask = 0; mask < ways; mask++) {
            int marks = italics <= 6 ? mask : (mask == 0 ? 0 : -1);
            String written = markdown(marks, true);
            if (fromMarkdown(written).equals(this)) {
                return written;
            }
        }
        return markdown(0, false);
    }

    /** The title in Markdown, the i-th italic run marked with '_' when bit i of {@code underscores} is set. */
    private String markdown(int underscores, boolean italics) {
        StringBuilder out = new StringBuilder();
        int italic = 0;
        for (Run run : runs) {
            if (!italics || !run.italic()) {
                out.append(MARKDOWN_SYNTAX.matcher(run.text()).replaceAll("\\\\$0"));
                continue;
            }
            char mark = (underscores >> italic++ & 1) == 1 ? '_' : '*';
            String core = run.text().strip();
            int lead = run.text().indexOf(core);
            out.append(run.text(), 0, lead).append(mark)
                    .append(MARKDOWN_SYNTAX.matcher(core).replaceAll("\\\\$0")).append(mark)
                    .append(run.text().substring(lead + core.length()));
        }
        return out.toString();
    }

    private static void collect(Node node, boolean italic, List<Run> runs) {
        if (node instanceof TextNode text) {
            String words = clean(text.getWholeText());
            if (!words.isEmpty()) {
                runs.add(new Run(words, italic));
            }
        } else if (node instanceof Element element) {
            boolean inner = italic || element.nameIs("i") || element.nameIs("em") || element.nameIs("cite");
            element.childNodes().forEach(child -> collect(child, inner, runs));
        }
    }

    /** The text with no markup: for {@code <title>}, meta tags, RIS, search and comparisons. */
    public String plain() {
        return plain(runs);
    }

    /** HTML for a page: the text escaped, italics as {@code <i>}. */
    public String html() {
        return runs.stream().map(r -> r.italic() ? "<i>" + Entities.escape(r.text()) + "</i>" : Entities.escape(r.text()))
                .collect(Collectors.joining());
    }

    /**
     * CSL-JSON's rich text: italics as {@code <i>…</i>}, everything else as written (the markup
     * Zotero, Pandoc and citeproc-js read in CSL-JSON titles).
     */
    public String csl() {
        return runs.stream().map(r -> r.italic() ? "<i>" + r.text() + "</i>" : r.text()).collect(Collectors.joining());
    }

    /** True when some of the title is in italics. */
    public boolean hasItalics() {
        return runs.stream().anyMatch(Run::italic);
    }

    /** The same title with {@code change} applied to the text of its runs that are not in italics. */
    public Title mapRoman(java.util.function.UnaryOperator<String> change) {
        return new Title(runs.stream().map(r -> r.italic() ? r : new Run(change.apply(r.text()), false)).toList());
    }

    /** Thymeleaf's {@code th:text} and string concatenation see the plain text. */
    @Override
    public String toString() {
        return plain();
    }

    private static String plain(List<Run> runs) {
        // Most titles are one run; resolving a library's notes asks for them hundreds of thousands of times.
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder plain = new StringBuilder();
        for (Run run : runs) {
            plain.append(run.text());
        }
        return plain.toString();
    }

    /**
     * Whitespace collapsed to single spaces, the line breaks outside ASCII among it (U+0085 NEL, U+2028,
     * U+2029, as text copied from a PDF or a web page may hold them); other control characters and
     * byte-order marks dropped; directional formatting balanced ({@link #balanced}).
     */
    public static String clean(String text) {
        String spaced = SPACES.matcher(Objects.requireNonNull(text, "text").replace('\u00a0', ' ')).replaceAll(" ");
        String cleaned = balanced(CONTROL.matcher(spaced).replaceAll(""));
        // Formatting alone (a direction, a joiner, a Hangul filler) is no text: it would show as nothing.
        if (cleaned.codePoints().anyMatch(Title::visible)) {
            return cleaned;
        }
        StringBuilder spaces = new StringBuilder();
        cleaned.codePoints().filter(c -> !ignorable(c)).forEach(spaces::appendCodePoint);
        return spaces.toString();
    }

    /** Whether a code point shows: not a space, and not one Unicode says to show as nothing unless supported. */
    private static boolean visible(int codePoint) {
        return !Character.isWhitespace(codePoint) && !ignorable(codePoint);
    }

    /** Unicode's Default_Ignorable_Code_Point (ICU) and any other formatting character. */
    private static boolean ignorable(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || com.ibm.icu.lang.UCharacter.hasBinaryProperty(codePoint, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /**
     * {@code text} with its directional formatting characters balanced, so that they act only within
     * it: a title or a name is set inline, beside the page's own words ("<i>Title</i>, note 3"), and
     * an embedding, override or isolate left open (U+202A, U+202B, U+202D, U+202E; U+2066–U+2068)
     * would reorder everything after it to the end of the paragraph. Each one left open is closed at
     * the end (U+202C, U+2069); a closer with nothing to close is dropped. Marks (U+200E, U+200F,
     * U+061C) and zero-width joiners, which Arabic, Persian and Indic names need, are kept as they are.
     * Also for what a reader types that a page echoes (a search).
     */
    public static String balanced(String text) {
        if (text.chars().noneMatch(c -> c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069')) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u202a', '\u202b', '\u202d', '\u202e' -> open.push('\u202c');
                case '\u2066', '\u2067', '\u2068' -> open.push('\u2069');
                case '\u202c' -> { // closes the last embedding or override, never across an isolate
                    if (open.isEmpty() || open.peek() != '\u202c') {
                        continue;
                    }
                    open.pop();
                }
                case '\u2069' -> { // closes the last isolate, and the embeddings opened within it
                    if (!open.contains('\u2069')) {
                        continue;
                    }
                    while (open.peek() != '\u2069') {
                        out.append(open.pop());
                    }
                    open.pop();
                }
                default -> {
                }
            }
            out.append(c);
        }
        while (!open.isEmpty()) {
            out.append(open.pop());
        }
        return out.toString();
    }

    /** Joins neighbours of the same style, so equal titles have equal runs. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : Objects.requireNonNull(runs, "runs")) {
            Objects.requireNonNull(run, "run");
            if (!merged.isEmpty() && merged.get(merged.size() - 1).italic() == run.italic()) {
                Run last = merged.remove(merged.size() - 1);
                merged.add(new Run(last.text() + run.text(), run.italic()));
            } else {
                merged.add(run);
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Strips the spaces at both ends of the whole title and the second of two spaces either side of
     * a change of style ("a " then " b"), dropping runs left empty.
     */
    private static List<Run> trim(List<Run> runs) {
        List<Run> trimmed = new ArrayList<>();
        for (Run run : merge(runs)) {
            boolean spaceBefore = !trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).text().endsWith(" ");
            String text = spaceBefore ? run.text().stripLeading() : run.text();
            if (!text.isEmpty()) {
                trimmed.add(new Run(text, run.italic()));
            }
        }
        trimmed = new ArrayList<>(merge(trimmed));
        while (!trimmed.isEmpty() && trimmed.get(0).text().isBlank()) {
            trimmed.remove(0);
        }
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).text().isBlank()) {
            trimmed.remove(trimmed.size() - 1);
        }
        if (!trimmed.isEmpty()) {
            // Neither end is blank now, so stripping leaves text in both.
            Run first = trimmed.get(0);
            trimmed.set(0, new Run(first.text().stripLeading(), first.italic()));
            Run last = trimmed.get(trimmed.size() - 1);
            trimmed.set(trimmed.size() - 1, new Run(last.text().stripTrailing(), last.italic()));
        }
        return trimmed;
    }
}
