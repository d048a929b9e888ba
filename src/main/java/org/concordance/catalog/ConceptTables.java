package org.concordance.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.Concept;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.content.Library;
import org.concordance.content.Mention;
import org.concordance.content.Quotation;

/**
 * The glossary's share of the catalog (tables from {@code V3__concepts.sql}, with the names' and
 * mentions' roles from {@code V6__glossary_links.sql}): concepts, actors, and their mentions. Works inside the caller's transaction and never commits.
 */
final class ConceptTables {
    /** What {@link #read} gives back, to be put into the {@link Library}. */
    record Stored(List<Concept> concepts, List<Entity> entities, List<Mention> mentions) {
    }

    /** Mentions sent to the database at a time, inside the one transaction. */
    static final int MENTIONS_PER_BATCH = 10_000;

    private ConceptTables() {
    }

    /** Deletes the glossary rows; run before the documents are deleted, since mentions refer to them. */
    static void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM mention");
            statement.executeUpdate("DELETE FROM glossary_related");
            statement.executeUpdate("DELETE FROM glossary_name");
            statement.executeUpdate("DELETE FROM glossary_entry");
        }
    }

    /** Writes the library's concepts, entities and mentions; the documents must already be written. */
    static void write(Connection connection, Library library) throws SQLException {
        writeEntries(connection, library, false);
        writeMentions(connection, library.mentions());
    }

    /**
     * Writes the library's concepts and entities over those of the same slugs, keeping the mentions
     * that refer to them: for a glossary that finds what the one written found
     * ({@link org.concordance.content.Mentions#foundAlike}), the same entries with other
     * definitions, descriptions, quotations or links. Deleting an entry's row would delete its
     * mentions with it (and a million mentions written again took minutes at 10,003 documents).
     */
    static void rewriteEntries(Connection connection, Library library) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM glossary_related");
            statement.executeUpdate("DELETE FROM glossary_name");
        }
        writeEntries(connection, library, true);
    }

    /** The entries' rows, inserted or, with {@code overwrite}, updated by slug; their names and related entries inserted. */
    private static void writeEntries(Connection connection, Library library, boolean overwrite) throws SQLException {
        String columns = "position, kind, name, summary, introduced_author, introduced_work, quote_text, quote_document,"
                + " quote_anchor, body_html, linked";
        try (PreparedStatement entry = connection.prepareStatement(overwrite
                        ? "UPDATE glossary_entry SET (" + columns + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE slug = ?"
                        : "INSERT INTO glossary_entry (" + columns + ", slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement name = connection.prepareStatement(
                        "INSERT INTO glossary_name (entry_slug, position, name, phrase) VALUES (?, ?, ?, ?)");
                PreparedStatement related = connection.prepareStatement(
                        "INSERT INTO glossary_related (entry_slug, position, related_slug) VALUES (?, ?, ?)")) {
            int position = 0;
            for (Entry item : library.entries()) {
                entry.setInt(1, position++);
                entry.setString(2, item.kind().name());
                entry.setString(3, item.name());
                List<String> relatedSlugs;
                if (item instanceof Concept concept) {
                    entry.setString(4, concept.definition());
                    entry.setString(5, concept.introducedBy().map(Concept.Attribution::author).orElse(null));
                    entry.setString(6, concept.introducedBy().map(Concept.Attribution::work).orElse(null));
                    entry.setString(7, concept.quotation().text());
                    entry.setString(8, concept.quotation().document());
                    entry.setString(9, concept.quotation().anchor());
                    entry.setString(10, concept.bodyHtml());
                    relatedSlugs = concept.related();
                } else {
                    Entity entity = (Entity) item;
                    entry.setString(4, entity.description().orElse(null));
                    for (int column = 5; column <= 9; column++) {
                        entry.setNull(column, Types.VARCHAR);
                    }
                    entry.setNull(10, Types.CLOB);
                    relatedSlugs = entity.related();
                }
                entry.setBoolean(11, item.linked());
                entry.setString(12, item.slug());
                entry.addBatch();
                List<String> words = new ArrayList<>(item.variants());
                words.addAll(item.phrases());
                for (int i = 0; i < words.size(); i++) {
                    name.setString(1, item.slug());
                    name.setInt(2, i);
                    name.setString(3, words.get(i));
                    name.setBoolean(4, i >= item.variants().size());
                    name.addBatch();
                }
                for (int i = 0; i < relatedSlugs.size(); i++) {
                    related.setString(1, item.slug());
                    related.setInt(2, i);
                    related.setString(3, relatedSlugs.get(i));
                    related.addBatch();
                }
            }
            entry.executeBatch();
            name.executeBatch();
            related.executeBatch();
        }
    }

    /**
     * Writes {@code mentions}, all of them of the documents they name (a document's mentions are
     * written whole, in reading order, each numbered within its document); the documents must
     * already be written.
     */
    static void writeMentions(Connection connection, List<Mention> mentions) throws SQLException {
        try (PreparedStatement mention = connection.prepareStatement("""
                INSERT INTO mention (position, entry_slug, document_slug, paragraph_number, note_label,
                    start_offset, end_offset, surface, by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            String document = null;
            int position = 0;
            int sent = 0;
            for (Mention item : mentions) {
                if (!item.document().equals(document)) {
                    document = item.document();
                    position = 0;
                }
                mention.setInt(1, position++);
                mention.setString(2, item.entry());
                mention.setString(3, item.document());
                mention.setInt(4, item.paragraph());
                mention.setString(5, item.note().orElse(null));
                mention.setInt(6, item.start());
                mention.setInt(7, item.end());
                mention.setString(8, item.text());
                mention.setBoolean(9, item.byName());
                mention.addBatch();
                if (++sent % MENTIONS_PER_BATCH == 0) {
                    mention.executeBatch(); // a batch holds its rows until executed (DocumentTables#DOCUMENTS_PER_BATCH)
                }
            }
            mention.executeBatch();
        }
    }

    /**
     * Reads back what {@link #write} wrote, in the same order: the mentions in the order of
     * {@code documents} (the library's), then each document's reading order.
     */
    static Stored read(Connection connection, List<Document> documents) throws SQLException {
        Map<String, List<String>> variants = list(connection,
                "SELECT entry_slug, name FROM glossary_name WHERE NOT phrase ORDER BY entry_slug, position");
        Map<String, List<String>> phrases = list(connection,
                "SELECT entry_slug, name FROM glossary_name WHERE phrase ORDER BY entry_slug, position");
        Map<String, List<String>> related = list(connection,
                "SELECT entry_slug, related_slug FROM glossary_related ORDER BY entry_slug, position");
        List<Concept> concepts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT slug, kind, name, summary, introduced_author, introduced_work, quote_text,
                            quote_document, quote_anchor, body_html, linked FROM glossary_entry ORDER BY position""")) {
            while (rows.next()) {
                String slug = rows.getString("slug");
                EntryKind kind = EntryKind.valueOf(rows.getString("kind"));
                String name = rows.getString("name");
                List<String> names = variants.getOrDefault(slug, List.of());
                List<String> relatedSlugs = related.getOrDefault(slug, List.of());
                if (kind == EntryKind.CONCEPT) {
                    String author = rows.getString("introduced_author");
                    Optional<Concept.Attribution> introducedBy = author == null ? Optional.empty()
                            : Optional.of(new Concept.Attribution(author, rows.getString("introduced_work")));
                    Quotation quotation = new Quotation(rows.getString("quote_text"), rows.getString("quote_document"),
                            rows.getString("quote_anchor"));
                    concepts.add(new Concept(slug, name, names, phrases.getOrDefault(slug, List.of()), rows.getBoolean("linked"),
                            introducedBy, relatedSlugs, rows.getString("summary"),
                            quotation, rows.getString("body_html")));
                } else {
                    entities.add(new Entity(slug, kind, name, names, phrases.getOrDefault(slug, List.of()),
                            Optional.ofNullable(rows.getString("summary")),
                            relatedSlugs));
                }
            }
        }
        Map<String, EntryKind> kinds = new HashMap<>();
        concepts.forEach(c -> kinds.put(c.slug(), c.kind()));
        entities.forEach(e -> kinds.put(e.slug(), e.kind()));
        Map<String, List<Mention>> byDocument = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT entry_slug, document_slug, paragraph_number, note_label, start_offset, end_offset, surface,
                            by_name FROM mention ORDER BY document_slug, position""")) {
            // A row's strings are new each time; a library repeats a few hundred slugs, names and
            // labels over a million mentions, so equal values are kept once.
            Map<String, String> strings = new HashMap<>();
            Map<String, Optional<String>> labels = new HashMap<>();
            while (rows.next()) {
                String slug = strings.computeIfAbsent(rows.getString(1), s -> s);
                String label = rows.getString(4);
                String document = strings.computeIfAbsent(rows.getString(2), s -> s);
                byDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(new Mention(slug, kinds.get(slug), document,
                        rows.getInt(3), label == null ? Optional.empty() : labels.computeIfAbsent(label, Optional::of),
                        rows.getInt(5), rows.getInt(6), strings.computeIfAbsent(rows.getString(7), s -> s), rows.getBoolean(8)));
            }
        }
        List<Mention> mentions = new ArrayList<>(byDocument.values().stream().mapToInt(List::size).sum());
        for (Document document : documents) {
            mentions.addAll(byDocument.getOrDefault(document.slug(), List.of()));
        }
        return new Stored(concepts, entities, mentions);
    }

    private static Map<String, List<String>> list(Connection connection, String query) throws SQLException {
        Map<String, List<String>> lists = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                lists.computeIfAbsent(rows.getString(1), s -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return lists;
    }
}
