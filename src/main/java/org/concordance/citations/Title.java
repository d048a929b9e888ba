package org.concordance.citations;

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
 * {@link #bibtex} for BibTeX.
 *
 * @param runs the title's text in order, adjacent runs differing in italics, none empty; no
 *     control character (C0 or C1) anywhere, so none can reach a page or an export
 */
public record Title(List<Run> runs) {
    /**
     * Control characters (C0 and C1), and the two private-use characters the formatter marks runs of a
     * title with while citeproc-java works ({@link CslItems#RUN_START}): none may be part of a title.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\uE000\uE001]");

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

    /**
     * BibTeX: italics as {@code \emph{…}}, whose braces also keep a BibTeX style from changing the
     * case of the title inside; the proper names and acronyms {@code names} keeps in sentence case
     * braced too ("{Al Qaeda}", "{ISIS}"), as reference managers export them, since styles that
     * lower-case titles would print "al qaeda"; TeX's special characters escaped, braces and
     * backslashes in the text dropped.
     */
    public String bibtex(SentenceCase names) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            if (run.italic()) {
                out.append("\\emph{").append(tex(run.text())).append('}');
                continue;
            }
            int at = 0;
            for (int[] kept : names.keptCapitals(run.text())) {
                out.append(tex(run.text().substring(at, kept[0]))).append('{')
                        .append(tex(run.text().substring(kept[0], kept[1]))).append('}');
                at = kept[1];
            }
            out.append(tex(run.text().substring(at)));
        }
        return out.toString();
    }

    /** True when some of the title is in italics. */
    public boolean hasItalics() {
        return runs.stream().anyMatch(Run::italic);
    }

    /** The same title with {@code change} applied to the text of its runs that are not in italics. */
    Title mapRoman(java.util.function.UnaryOperator<String> change) {
        return new Title(runs.stream().map(r -> r.italic() ? r : new Run(change.apply(r.text()), false)).toList());
    }

    /** Thymeleaf's {@code th:text} and string concatenation see the plain text. */
    @Override
    public String toString() {
        return plain();
    }

    static String tex(String text) {
        return text.replace("{", "").replace("}", "").replace("\\", "").replaceAll("([&%$#_])", "\\\\$1");
    }

    private static String plain(List<Run> runs) {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /** Whitespace (control characters among it) collapsed to single spaces, other control characters dropped. */
    static String clean(String text) {
        String spaced = Objects.requireNonNull(text, "text").replace('\u00a0', ' ').replaceAll("\\s+", " ");
        return CONTROL.matcher(spaced).replaceAll("");
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

    /** Strips the spaces at both ends of the whole title, dropping runs left empty. */
    private static List<Run> trim(List<Run> runs) {
        List<Run> trimmed = new ArrayList<>(merge(runs));
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
