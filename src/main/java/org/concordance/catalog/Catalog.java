package org.concordance.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
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
import org.concordance.content.Library;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.NoteReference;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Relation;
import org.flywaydb.core.Flyway;
import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 database under the data folder. Thread-safe: every call takes its own connection from a
 * small pool. {@link #replace} is all-or-nothing, so a reader never sees half a library.
 */
public final class Catalog implements AutoCloseable {
    /** The catalog's name in the data folder; H2 adds {@code .mv.db}. */
    private static final String FILE = "catalog";
    private final JdbcConnectionPool pool;
    private final Path file;

    private Catalog(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /** Whether {@code dataDir} holds a catalog file, readable or not; false for a new data folder. */
    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.toAbsolutePath().resolve(FILE + ".mv.db"));
    }

    private static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE);
    }

    /** Opens (creating if needed) the catalog in {@code dataDir} and brings its schema up to date. */
    public static Catalog open(Path dataDir) {
        Path file = file(dataDir);
        // Lazy execution streams a result read in index order instead of copying it (and its CLOBs) into a
        // temporary result first, spilled to disk past 40,000 rows: reading a 10,000-document library
        // took 12.5–13.0 s without it and 8.7–9.6 s with it.
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE",
                "sa", "");
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new CatalogException("cannot open the catalog at " + file + ".mv.db: " + rootCause(e), e);
        }
        return new Catalog(pool, file);
    }

    /** H2 and Flyway wrap the cause in pages of text; the innermost message is the one that explains. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql && sql.getErrorCode() == 90020) {
            return "the data folder is in use by another running Concordance (or another program); stop it or use another --data folder";
        }
        String message = String.valueOf(cause.getMessage());
        return message.lines().findFirst().orElse(message).strip();
    }

    /** The fingerprint of the content last ingested, if any. */
    public Optional<String> fingerprint() {
        try (Connection connection = pool.getConnection()) {
            return fingerprint(connection);
        } catch (SQLException e) {
            throw failure("read the fingerprint from", e);
        }
    }

    /** Replaces the whole library in one transaction; on any failure nothing changes. */
    public void replace(Library library) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RelationTables.clear(connection); // relations (V5) refer to the glossary and documents
                ConceptTables.clear(connection); // glossary (V3): mentions refer to documents, so first
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM note_reference");
                    statement.executeUpdate("DELETE FROM note");
                    statement.executeUpdate("DELETE FROM block");
                    statement.executeUpdate("DELETE FROM document_author");
                    statement.executeUpdate("DELETE FROM document");
                    statement.executeUpdate("DELETE FROM ingest");
                }
                insertDocuments(connection, library.documents());
                ConceptTables.write(connection, library); // glossary (V3)
                RelationTables.write(connection, library); // relations (V5)
                writeReferences(connection, library); // references.json (V2)
                try (PreparedStatement ingest = connection.prepareStatement(
                        "INSERT INTO ingest (id, fingerprint, ingested_at) VALUES (1, ?, ?)")) {
                    ingest.setString(1, library.fingerprint());
                    ingest.setObject(2, OffsetDateTime.now());
                    ingest.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write the library to", e);
        }
    }

    /** The library as last ingested, whole even while another is written; empty if nothing was ever ingested. */
    public Optional<Library> read() {
        try (Connection connection = pool.getConnection()) {
            begin(connection);
            try {
                Optional<String> fingerprint = fingerprint(connection);
                if (fingerprint.isEmpty()) {
                    return Optional.empty();
                }
                List<Document> documents = readDocuments(connection);
                ConceptTables.Stored glossary = ConceptTables.read(connection); // glossary (V3)
                List<Relation> relations = RelationTables.read(connection); // relations (V5)
                Optional<String> references = readReferences(connection); // references.json (V2)
                return Optional.of(new Library(documents, glossary.concepts(), glossary.entities(), glossary.mentions(),
                        relations, references, fingerprint.get()));
            } finally {
                end(connection);
            }
        } catch (SQLException e) {
            throw failure("read the library from", e);
        }
    }

    /**
     * A read-only transaction that sees one edition throughout: H2's snapshot isolation. Repeatable
     * read, used before, keeps only the rows already read, so a library read while another was
     * written could pair one edition's documents with the other's glossary.
     */
    private static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Constants.TRANSACTION_SNAPSHOT);
    }

    /** Ends what {@link #begin} began and leaves the connection as the pool gave it, for its next user. */
    private static void end(Connection connection) throws SQLException {
        connection.rollback();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(true);
    }

    private static Optional<String> fingerprint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT fingerprint FROM ingest WHERE id = 1")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private CatalogException failure(String action, SQLException e) {
        return new CatalogException("cannot " + action + " the catalog at " + file + ".mv.db: " + e.getMessage(), e);
    }

    private static void insertDocuments(Connection connection, List<Document> documents) throws SQLException {
        try (PreparedStatement document = connection.prepareStatement("""
                INSERT INTO document (slug, position, title, label, kind, venue, volume, issue, date_text,
                    publication_year, pages, byline, summary, is_excerpt, begins_mid_sentence, ends_mid_sentence,
                    figure_caption_html, figure_caption_text, source_file, accessed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
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
            int position = 0;
            for (Document doc : documents) {
                Metadata meta = doc.metadata();
                document.setString(1, doc.slug());
                document.setInt(2, position++);
                document.setString(3, meta.title().orElse(null));
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
                if (position % DOCUMENTS_PER_BATCH == 0) {
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
    private static void executeBatches(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    private static void writeReferences(Connection connection, Library library) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM reference_file");
        }
        if (library.references().isPresent()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reference_file (id, json) VALUES (1, ?)")) {
                insert.setString(1, library.references().get());
                insert.executeUpdate();
            }
        }
    }

    private static Optional<String> readReferences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT json FROM reference_file WHERE id = 1")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
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

    private static List<Document> readDocuments(Connection connection) throws SQLException {
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
                        SELECT slug, title, label, kind, venue, volume, issue, date_text, publication_year, pages,
                            byline, summary, is_excerpt, begins_mid_sentence, ends_mid_sentence,
                            figure_caption_html, figure_caption_text, source_file, accessed
                        FROM document ORDER BY position""")) {
            while (rows.next()) {
                String slug = rows.getString("slug");
                int year = rows.getInt("publication_year");
                OptionalInt publicationYear = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(year);
                Optional<Excerpt> excerpt = rows.getBoolean("is_excerpt")
                        ? Optional.of(new Excerpt(rows.getBoolean("begins_mid_sentence"), rows.getBoolean("ends_mid_sentence")))
                        : Optional.empty();
                Metadata metadata = new Metadata(
                        Optional.ofNullable(rows.getString("title")),
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
