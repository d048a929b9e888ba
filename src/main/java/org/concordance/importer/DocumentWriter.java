package org.concordance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordance.content.Metadata;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Serialize;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes a {@link Draft} as a document file: YAML front matter (through snakeyaml-engine, so any
 * title or name is quoted as YAML needs) and a Markdown body whose text reads back verbatim. Keys
 * the text leaves empty are written empty, so an editor sees where they go.
 */
final class DocumentWriter {
    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build();

    private DocumentWriter() {
    }

    /**
     * The file's text. With {@code emphasis} false italics are written as plain text, for the
     * rare paragraph where Markdown's rules would not read them back.
     *
     * @param plainParagraphs the paragraphs (numbered from 1, standfirst first, as the parser numbers
     *     them) whose italics are written as plain text
     */
    static String write(Draft draft, String importedFrom, Set<Integer> plainParagraphs) {
        int[] number = {0};
        java.util.function.Function<Prose, String> paragraph = prose -> {
            number[0]++;
            return MarkdownText.paragraph(prose, !plainParagraphs.contains(number[0]));
        };
        List<String> standfirst = draft.standfirst().stream().map(paragraph).toList();
        List<String> body = new ArrayList<>();
        for (Draft.Block block : draft.body()) {
            if (block instanceof Draft.Heading heading) {
                body.add("#".repeat(heading.level()) + " " + MarkdownText.heading(heading.text()));
            } else if (block instanceof Draft.Paragraph p) {
                body.add(paragraph.apply(p.prose()));
            }
        }
        List<String> about = draft.about().stream().map(paragraph).toList();
        for (Draft.Note note : draft.notes()) {
            body.add("[^" + note.label() + "]: " + MarkdownText.paragraph(notePlainMarkers(note.prose()), true));
        }

        Metadata metadata = draft.metadata();
        Map<String, Object> front = new LinkedHashMap<>();
        metadata.title().ifPresentOrElse(title -> front.put("title", title.markdown()), () -> front.put("label", metadata.label()));
        front.put("kind", metadata.kind().code());
        front.put("authors", metadata.authors());
        front.put("venue", metadata.venue().orElse(null));
        metadata.volume().ifPresent(volume -> front.put("volume", volume));
        metadata.issue().ifPresent(issue -> front.put("issue", issue));
        front.put("date", metadata.date().orElse(null));
        if (metadata.year().isPresent()) {
            front.put("year", metadata.year().getAsInt());
        }
        metadata.pages().ifPresent(pages -> front.put("pages", pages));
        metadata.byline().ifPresent(byline -> front.put("byline", byline));
        metadata.excerpt().ifPresent(excerpt -> {
            Map<String, Object> cut = new LinkedHashMap<>();
            cut.put("begins", excerpt.beginsMidSentence() ? "mid-sentence" : "sentence");
            cut.put("ends", excerpt.endsMidSentence() ? "mid-sentence" : "sentence");
            front.put("excerpt", cut);
        });
        draft.figureCaption().ifPresent(caption ->
                front.put("figure", Map.of("caption", MarkdownText.paragraph(caption, true))));
        if (!standfirst.isEmpty()) {
            front.put("standfirst", new Literal(String.join("\n\n", standfirst)));
        }
        front.put("summary", metadata.summary().orElse(null));
        if (!about.isEmpty()) {
            front.put("about", new Literal(String.join("\n\n", about)));
        }
        metadata.accessed().ifPresent(day -> front.put("accessed", day.toString()));
        front.put("url", metadata.url().orElse(null));
        metadata.language().ifPresent(language -> front.put("language", language));
        front.put("source", metadata.sourceFile());

        return "---\n"
                + "# Imported from " + oneLine(importedFrom) + " by 'concordance import'"
                + metadata.accessed().map(day -> " on " + day).orElse("") + ".\n"
                + "# Keys the text does not state are empty; the summary is for an editor to write.\n"
                + yaml(front)
                + "---\n"
                + String.join("\n\n", body) + "\n";
    }

    /** Notes cannot cite notes: a marker found inside a note is kept as its printed label. */
    private static Prose notePlainMarkers(Prose prose) {
        return new Prose(prose.inlines().stream()
                .map(i -> i instanceof Inline.Marker m ? (Inline) new Inline.Text(m.label()) : i).toList());
    }

    private static String oneLine(String text) {
        return Prose.collapse(text).strip();
    }

    private static String yaml(Map<String, Object> front) {
        Node node = new Representer().represent(front);
        StringBuilder out = new StringBuilder();
        StreamDataWriter writer = new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.append(str, off, off + len);
            }
        };
        Emitter emitter = new Emitter(SETTINGS, writer);
        new Serialize(SETTINGS).serializeOne(node).forEach(emitter::emit);
        return out.toString();
    }

    /** Markdown prose, written as a literal block ({@code |-}) like the curated documents' standfirst and about. */
    private record Literal(String text) {
    }

    /** Multi-line text as literal blocks ({@code |-}); empty values as nothing after the colon. */
    private static final class Representer extends StandardRepresenter {
        Representer() {
            super(SETTINGS);
            this.nullRepresenter = data -> representScalar(Tag.NULL, "", ScalarStyle.PLAIN);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
            });
            this.representers.put(Literal.class, data -> representScalar(Tag.STR, ((Literal) data).text(), ScalarStyle.LITERAL));
        }
    }
}
