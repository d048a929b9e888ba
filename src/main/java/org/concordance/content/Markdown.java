package org.concordance.content;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * commonmark-java set up for the library: footnotes, source positions for error messages, raw HTML
 * escaped (content never carries markup of its own, which keeps every page within the CSP).
 */
final class Markdown {
    static final Pattern UNRESOLVED_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)]");
    /** A marker's opening and label with no {@code ]} after it (possessive, so a label is never cut short to match). */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> LINKABLE_SCHEMES = Set.of("http", "https", "mailto");
    static final Pattern UNCLOSED_NOTE = Pattern.compile("\\[\\^([^\\]\\s\\[]++)(?!])");
    /**
     * {@link #UNCLOSED_NOTE} as a file writes it, not escaped: after no backslash, or after escaped
     * backslashes only ({@code \\[^15} is a backslash, then a marker).
     */
    private static final Pattern UNCLOSED_NOTE_WRITTEN = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\[\\^([^\\]\\s\\[]++)(?!])");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * Titles are one line of inline Markdown: no block starts ("1. ", "# ", "> " are their text),
     * since a front-matter title is never a list or a heading.
     */
    private static final Parser TITLE = Parser.builder().enabledBlockTypes(Set.of()).build();

    private Markdown() {
    }

    /**
     * The runs of a title written in Markdown, in order, not yet merged or trimmed: emphasis
     * ({@code *…*}, {@code _…_}) as italics, and emphasis within it as roman; strong emphasis, code
     * and links as their text, line breaks as spaces.
     * Text Markdown would read as a link reference definition ({@code [Draft]: A study}) is taken
     * as written: a title is never a definition.
     *
     * @throws IllegalArgumentException when the title holds raw HTML, which content never carries
     */
    static List<Title.Run> titleRuns(String markdown) {
        Node parsed = TITLE.parse(markdown);
        java.util.ArrayList<Title.Run> runs = new java.util.ArrayList<>();
        for (Node child = parsed.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.LinkReferenceDefinition) {
                return List.of(new Title.Run(Title.clean(markdown), false));
            }
        }
        titleRuns(parsed, false, runs);
        return runs;
    }

    private static void titleRuns(Node node, boolean italic, List<Title.Run> runs) {
        String text = node instanceof Text t ? t.getLiteral()
                : node instanceof Code c ? c.getLiteral()
                : node instanceof SoftLineBreak || node instanceof HardLineBreak ? " "
                : null;
        if (node instanceof org.commonmark.node.HtmlInline html) {
            throw new IllegalArgumentException("a title is Markdown and holds no HTML ('" + html.getLiteral()
                    + "'); write italics as *…*");
        }
        if (text != null) {
            String clean = Title.clean(text);
            if (!clean.isEmpty()) {
                runs.add(new Title.Run(clean, italic));
            }
            return;
        }
        // Emphasis inside emphasis is roman again, as italics within an italic title are set (CSL's flip-flop).
        boolean inner = node instanceof org.commonmark.node.Emphasis ? !italic : italic;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            titleRuns(child, inner, runs);
        }
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /**
     * Renders the inline children of a block to HTML, with note markers drawn by {@code marker}
     * (given the label, it returns the marker's HTML).
     */
    static String inlineHtml(Node block, Function<String, String> marker) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                // A link's address as a URL must be: "mailto:a@b.c?subject=<x>" passed check and made the
                // page invalid HTML; characters a URL cannot hold are percent-encoded, "%" escapes kept.
                .percentEncodeUrls(true)
                .nodeRendererFactory(context -> new NoteMarkerRenderer(context, marker))
                .build();
        StringBuilder html = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            html.append(renderer.render(child));
        }
        return html.toString().strip();
    }

    /** The plain text of a block, note markers left out, line breaks as spaces. */
    static String plainText(Node block) {
        StringBuilder text = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Labels written as {@code [^label]} that the parser left as text because no note defines them. */
    static List<String> unresolvedNoteLabels(Node block) {
        return textMatches(block, UNRESOLVED_NOTE);
    }

    /**
     * Markers begun but not closed, {@code [^14} without its {@code ]}, which the parser left as
     * text: each label, and whether the file writes it so rather than escaped ({@code \[^14}, the
     * characters kept as text).
     *
     * @param source the text {@code block} was parsed from, whose source spans its nodes carry
     */
    static List<Unclosed> unclosedNoteMarkers(Node block, String source) {
        java.util.ArrayList<Unclosed> found = new java.util.ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                Matcher matcher = UNCLOSED_NOTE.matcher(node.getLiteral());
                if (!matcher.find()) {
                    return;
                }
                java.util.Set<String> written = new java.util.HashSet<>();
                Matcher inSource = UNCLOSED_NOTE_WRITTEN.matcher(source(node, source));
                while (inSource.find()) {
                    written.add(inSource.group(1));
                }
                do {
                    found.add(new Unclosed(matcher.group(1), written.contains(matcher.group(1))));
                } while (matcher.find());
            }
        });
        return found;
    }

    /** A marker begun but not closed, and whether the file writes it so ({@link #unclosedNoteMarkers}). */
    record Unclosed(String label, boolean written) {
    }

    /** What {@code node} was parsed from in {@code source}; empty when its spans are not of it. */
    private static String source(Node node, String source) {
        StringBuilder raw = new StringBuilder();
        for (org.commonmark.node.SourceSpan span : node.getSourceSpans()) {
            int from = span.getInputIndex();
            int to = from + span.getLength();
            if (from < 0 || to > source.length()) {
                return "";
            }
            raw.append(source, from, to);
        }
        return raw.toString();
    }

    private static List<String> textMatches(Node block, Pattern pattern) {
        java.util.ArrayList<String> labels = new java.util.ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                Matcher matcher = pattern.matcher(node.getLiteral());
                while (matcher.find()) {
                    labels.add(matcher.group(1));
                }
            }
        });
        return labels;
    }

    /**
     * What a block holds that the content format refuses besides raw HTML, each said as a reader of
     * the file would fix it: an image (the format has none; pages load nothing from other origins)
     * and a link to anything but a web or mail address or a page of the site ({@code data:},
     * {@code file:}, {@code javascript:}; the renderer would empty some and keep others).
     */
    static List<String> refusedIn(Node block) {
        java.util.ArrayList<String> refused = new java.util.ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Image node) {
                refused.add("images are not part of the content format: ![…](" + node.getDestination()
                        + "); describe the picture in words, or link to it with [words](address)");
            }

            @Override
            public void visit(org.commonmark.node.Link node) {
                if (!linkable(node.getDestination())) {
                    refused.add("a link to '" + node.getDestination() + "' is not allowed: a link goes to an http, https"
                            + " or mailto address, or to a page of the site ('/…' or '#…')");
                }
                visitChildren(node);
            }
        });
        return refused;
    }

    /** A web or mail address, or one on this site: a path, a fragment, or relative (no scheme, RFC 3986 3.1). */
    private static boolean linkable(String destination) {
        Matcher scheme = SCHEME.matcher(destination.strip());
        return !scheme.find() || LINKABLE_SCHEMES.contains(scheme.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The raw HTML written inside a block ({@code <b>}, {@code </i>}), which the content format refuses. */
    static List<String> inlineHtmlIn(Node block) {
        java.util.ArrayList<String> html = new java.util.ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.HtmlInline node) {
                html.add(node.getLiteral());
            }
        });
        return html;
    }

    private static final class NoteMarkerRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Function<String, String> marker;

        NoteMarkerRenderer(HtmlNodeRendererContext context, Function<String, String> marker) {
            this.html = context.getWriter();
            this.marker = marker;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FootnoteReference.class);
        }

        @Override
        public void render(Node node) {
            html.raw(marker.apply(((FootnoteReference) node).getLabel()));
        }
    }
}
