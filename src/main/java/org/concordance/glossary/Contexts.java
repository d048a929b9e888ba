package org.concordance.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordance.content.Document;
import org.concordance.content.Mention;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;

/**
 * Keyword-in-context lines: one per paragraph or note, with the words around each mention and
 * every mention marked, so a long paragraph that names an entry three times is shown once.
 */
final class Contexts {
    /** Characters of context on each side of a mention. */
    static final int CONTEXT = 70;
    /** Stretches of context one line shows at most; the line ends with "…" after the last. */
    static final int MAX_STRETCHES = 4;

    private Contexts() {
    }

    /** The lines for {@code mentions} (all in {@code document}), in the order their places first occur. */
    static List<KeywordInContext> lines(Document document, List<Mention> mentions) {
        Map<String, List<Mention>> byPlace = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String place = mention.note().map(label -> "fn-" + label).orElse("p-" + mention.paragraph());
            byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(mention);
        }
        List<KeywordInContext> lines = new ArrayList<>();
        byPlace.forEach((anchor, hits) -> {
            Mention first = hits.get(0);
            String text = first.note().flatMap(document::note).map(Note::text)
                    .or(() -> document.paragraph(first.paragraph()).map(Paragraph::text))
                    .orElseThrow(() -> new IllegalStateException("mention outside its document: " + first));
            lines.add(new KeywordInContext(anchor, first.paragraph(), first.note(), spans(text, hits), hits.size()));
        });
        return lines;
    }

    /** The text around {@code hits}, merged where the stretches touch, every hit marked. */
    static List<Span> spans(String text, List<Mention> hits) {
        List<Mention> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Mention::start));
        List<int[]> stretches = new ArrayList<>();
        for (Mention hit : sorted) {
            int from = wordStart(text, Math.max(0, hit.start() - CONTEXT), hit.start());
            int to = wordEnd(text, Math.min(text.length(), hit.end() + CONTEXT), hit.end());
            int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                stretches.add(new int[] {from, to});
            }
        }
        List<Span> spans = new ArrayList<>();
        int shown = Math.min(stretches.size(), MAX_STRETCHES);
        for (int i = 0; i < shown; i++) {
            int[] stretch = stretches.get(i);
            String lead = stretch[0] > 0 ? (i == 0 ? "…" : " … ") : "";
            int at = stretch[0];
            StringBuilder plain = new StringBuilder(lead);
            for (Mention hit : sorted) {
                if (hit.start() < stretch[0] || hit.end() > stretch[1] || hit.start() < at) {
                    continue;
                }
                plain.append(text, at, hit.start());
                add(spans, plain.toString(), false);
                plain.setLength(0);
                add(spans, text.substring(hit.start(), hit.end()), true);
                at = hit.end();
            }
            plain.append(text, at, stretch[1]);
            if (i == shown - 1 && stretch[1] < text.length()) {
                plain.append("…");
            }
            add(spans, plain.toString(), false);
        }
        return spans;
    }

    private static void add(List<Span> spans, String text, boolean marked) {
        if (!text.isEmpty()) {
            spans.add(new Span(text, marked));
        }
    }

    /** {@code from} moved forward to the start of a word, unless that would pass {@code limit}. */
    static int wordStart(String text, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        return space >= 0 && space < limit ? space + 1 : from;
    }

    /** {@code to} moved back to the end of a word, unless that would pass {@code limit}. */
    static int wordEnd(String text, int to, int limit) {
        if (to >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', to);
        return space > limit ? space : to;
    }
}
