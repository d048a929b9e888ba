package org.concordance.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Block;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Excerpt;
import org.concordance.content.Figure;
import org.concordance.content.Heading;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.NoteReference;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Title;

/**
 * The documents' rows (V1, V4): each document with its authors, blocks, notes and note markers,
 * written and read back whole, in the library's order.
 */
final class DocumentTables {
    private DocumentTables() {
    }

    /**
     * Inserts the documents of {@code documents} at the indexes {@code which} (ascending), each at
     * its index as its position.
     */
    static void insert(Connection connection, List<Document> documents, int[] which) throws SQLException {
        try (PreparedStatement document = connection.prepareStatement("""
                INSERT INTO document (slug, position, title_html, label, kind, venue, volume, issue, date_text,
                    publication_year, pages, byline, summary, is_excerpt, begins_mid_sentence, ends_mid_sentence,
                    figure_caption_html, figure_caption_text, source_file, accessed, language, url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement author = connection.prepareStatement(
                        "INSERT INTO document_author (document_slug, position, name) VALUES (?, ?, ?)");
                PreparedStatement block = connection.prepareStatement("""
                        INSERT INTO block (document_slug, position, kind, heading_level, anchor, paragraph_number,
                            part, section_anchor, html, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement note = connection.prepareStatement(
                        "INSERT INTO note (document_slug, position, label, html, text) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement reference = connection.prepareStatement("""
                        INSERT INTO note_reference (document_slug, label, occurrence, anchor, paragraph_number,
                            marker_position) VALUES (?, ?, ?, ?, ?, ?)""")) {
            int sent = 0;
            for (int index : which) {
                Document doc = documents.get(index);
                Metadata meta = doc.metadata();
                document.setString(1, doc.slug());
                document.setInt(2, index);
                document.setString(3, meta.title().map(Title::html).orElse(null));
                document.setString(4, meta.label());
                document.setString(5, meta.kind().code());
                document.setString(6, meta.venue().orElse(null));
                document.setString(7, meta.volume().orElse(null));
                document.setString(8, meta.issue().orElse(null));
                document.setString(9, meta.date().orElse(null));
                if (meta.year().isPresent()) {
                    document.setInt(10, meta.year().getAsInt());
                } else {
                    document.setNull(10, Types.INTEGER);
                }
                document.setString(11, meta.pages().orElse(null));
                document.setString(12, meta.byline().orElse(null));
                document.setString(13, meta.summary().orElse(null));
                document.setBoolean(14, meta.excerpt().isPresent());
                document.setBoolean(15, meta.excerpt().map(Excerpt::beginsMidSentence).orElse(false));
                document.setBoolean(16, meta.excerpt().map(Excerpt::endsMidSentence).orElse(false));
                document.setString(17, doc.figure().map(Figure::captionHtml).orElse(null));
                document.setString(18, doc.figure().map(Figure::captionText).orElse(null));
                document.setString(19, meta.sourceFile());
                document.setObject(20, meta.accessed().orElse(null));
                document.setString(21, meta.language().orElse(null));
                document.setString(22, meta.url().orElse(null));
                document.addBatch();

                for (int i = 0; i < meta.authors().size(); i++) {
                    author.setString(1, doc.slug());
                    author.setInt(2, i);
                    author.setString(3, meta.authors().get(i));
                    author.addBatch();
                }
                int blockPosition = 0;
                for (Block item : doc.blocks()) {
                    block.setString(1, doc.slug());
                    block.setInt(2, blockPosition++);
                    if (item instanceof Heading heading) {
                        block.setString(3, "heading");
                        block.setInt(4, heading.level());
                        block.setString(5, heading.anchor());
                        block.setNull(6, Types.INTEGER);
                        block.setNull(7, Types.VARCHAR);
                        block.setNull(8, Types.VARCHAR);
                        block.setNull(9, Types.CLOB);
                        block.setString(10, heading.text());
                    } else if (item instanceof Paragraph paragraph) {
                        block.setString(3, "paragraph");
                        block.setNull(4, Types.INTEGER);
                        block.setString(5, paragraph.anchor());
                        block.setInt(6, paragraph.number());
                        block.setString(7, paragraph.part().name());
                        block.setString(8, paragraph.section().orElse(null));
                        block.setString(9, paragraph.html());
                        block.setString(10, paragraph.text());
                    }
                    block.addBatch();
                }
                Map<String, Integer> markerPositions = markerPositions(doc);
                int notePosition = 0;
                for (Note item : doc.notes()) {
                    note.setString(1, doc.slug());
                    note.setInt(2, notePosition++);
                    note.setString(3, item.label());
                    note.setString(4, item.html());
                    note.setString(5, item.text());
                    note.addBatch();
                    int occurrence = 1;
                    for (NoteReference use : item.references()) {
                        reference.setString(1, doc.slug());
                        reference.setString(2, item.label());
                        reference.setInt(3, occurrence++);
                        reference.setString(4, use.anchor());
                        reference.setInt(5, use.paragraph());
                        reference.setInt(6, markerPositions.get(use.anchor()));
                        reference.addBatch();
                    }
                }
                if (++sent % DOCUMENTS_PER_BATCH == 0) {
                    executeBatches(document, author, block, note, reference);
                }
            }
            executeBatches(document, author, block, note, reference);
        }
    }

    /**
     * Documents sent to the database at a time, inside the one transaction. A batch holds its rows'
     * text until it is executed: the rows of a 10,000-document library sent at once held a second
     * copy of all of it, and the write ran out of a 512 MB heap.
     */
    static final int DOCUMENTS_PER_BATCH = 100;

    /** Sends what each statement holds, in the order the tables refer to each other. */
    static void executeBatches(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    /** Each note marker's place in reading order, keyed by its anchor. */
    private static Map<String, Integer> markerPositions(Document doc) {
        Map<String, Integer> positions = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Paragraph paragraph : doc.paragraphs()) {
            for (String label : paragraph.noteLabels()) {
                int occurrence = occurrences.merge(label, 1, Integer::sum);
                positions.put(NoteReference.anchorFor(label, occurrence), positions.size());
            }
        }
        return positions;
    }

    /** Every document, in the order of their positions. */
    static List<Document> read(Connection connection) throws SQLException {
        Map<String, List<String>> authors = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT document_slug, name FROM document_author ORDER BY document_slug, position")) {
            while (rows.next()) {
                authors.computeIfAbsent(rows.getString(1), s -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, Map<String, List<NoteReference>>> references = new HashMap<>();
        Map<String, Map<Integer, List<String>>> labelsByParagraph = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT r.document_slug, r.label, r.anchor, r.paragraph_number
                        FROM note_reference r ORDER BY r.document_slug, r.marker_position""")) {
            while (rows.next()) {
                String slug = rows.getString(1);
                String label = rows.getString(2);
                int paragraph = rows.getInt(4);
                references.computeIfAbsent(slug, s -> new HashMap<>()).computeIfAbsent(label, l -> new ArrayList<>())
                        .add(new NoteReference(rows.getString(3), paragraph));
                labelsByParagraph.computeIfAbsent(slug, s -> new HashMap<>())
                        .computeIfAbsent(paragraph, p -> new ArrayList<>()).add(label);
            }
        }
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT document_slug, kind, heading_level, anchor, paragraph_number, part, section_anchor,
                            html, text FROM block ORDER BY document_slug, position""")) {
            while (rows.next()) {
                String slug = rows.getString(1);
                Block block;
                if (rows.getString(2).equals("heading")) {
                    block = new Heading(rows.getInt(3), rows.getString(9), rows.getString(4));
                } else {
                    int number = rows.getInt(5);
                    block = new Paragraph(number, Part.valueOf(rows.getString(6)), rows.getString(8), rows.getString(9),
                            Optional.ofNullable(rows.getString(7)),
                            labelsByParagraph.getOrDefault(slug, Map.of()).getOrDefault(number, List.of()));
                }
                blocks.computeIfAbsent(slug, s -> new ArrayList<>()).add(block);
            }
        }
        Map<String, List<Note>> notes = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT document_slug, label, html, text FROM note ORDER BY document_slug, position")) {
            while (rows.next()) {
                String slug = rows.getString(1);
                String label = rows.getString(2);
                notes.computeIfAbsent(slug, s -> new ArrayList<>()).add(new Note(label, rows.getString(3),
                        rows.getString(4), references.getOrDefault(slug, Map.of()).getOrDefault(label, List.of())));
            }
        }
        List<Document> documents = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT slug, title_html, label, kind, venue, volume, issue, date_text, publication_year, pages,
                            byline, summary, is_excerpt, begins_mid_sentence, ends_mid_sentence,
                            figure_caption_html, figure_caption_text, source_file, accessed, language, url
                        FROM document ORDER BY position""")) {
            while (rows.next()) {
                String slug = rows.getString("slug");
                int year = rows.getInt("publication_year");
                OptionalInt publicationYear = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(year);
                Optional<Excerpt> excerpt = rows.getBoolean("is_excerpt")
                        ? Optional.of(new Excerpt(rows.getBoolean("begins_mid_sentence"), rows.getBoolean("ends_mid_sentence")))
                        : Optional.empty();
                Metadata metadata = new Metadata(
                        Optional.ofNullable(rows.getString("title_html")).map(Title::fromMarkup),
                        rows.getString("label"),
                        DocumentKind.fromCode(rows.getString("kind")).orElseThrow(
                                () -> new IllegalStateException("unknown kind in catalog: " + slug)),
                        authors.getOrDefault(slug, List.of()),
                        Optional.ofNullable(rows.getString("venue")),
                        Optional.ofNullable(rows.getString("volume")),
                        Optional.ofNullable(rows.getString("issue")),
                        Optional.ofNullable(rows.getString("date_text")),
                        publicationYear,
                        Optional.ofNullable(rows.getString("pages")),
                        Optional.ofNullable(rows.getString("byline")),
                        Optional.ofNullable(rows.getString("summary")),
                        excerpt,
                        Optional.ofNullable(rows.getObject("accessed", java.time.LocalDate.class)),
                        Optional.ofNullable(rows.getString("url")),
                        Optional.ofNullable(rows.getString("language")),
                        rows.getString("source_file"));
                String captionHtml = rows.getString("figure_caption_html");
                Optional<Figure> figure = captionHtml == null ? Optional.empty()
                        : Optional.of(new Figure(captionHtml, rows.getString("figure_caption_text")));
                documents.add(new Document(slug, metadata, figure, blocks.getOrDefault(slug, List.of()),
                        notes.getOrDefault(slug, List.of())));
            }
        }
        return documents;
    }
}
