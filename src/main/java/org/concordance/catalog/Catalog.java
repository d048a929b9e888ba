package org.concordance.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.concordance.content.Document;
import org.concordance.content.Library;
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
        write("write the library to", connection -> {
            replace(connection, library);
            return null;
        });
    }

    /**
     * Brings the catalog from {@code before} to {@code after} in one transaction, writing only what
     * changed: the rows of the documents added, changed or removed (a document is unchanged when it
     * is equal to, usually the very object of, the one of the same slug before) and their
     * mentions, the others' positions, and the small tables whole (relations, references). A
     * mention depends only on its document and the glossary, so when the glossary changed, or the
     * catalog does not hold {@code before} (another run wrote it), the library is written whole,
     * as {@link #replace} does. On any failure nothing changes.
     *
     * @return the number of documents whose rows were written or deleted: all of {@code after}'s
     *     when it was written whole, none when the catalog holds it already
     */
    public int update(Library before, Library after) {
        return write("write the library to", connection -> {
            Optional<String> held = fingerprint(connection);
            if (held.equals(Optional.of(after.fingerprint()))) {
                return 0; // written already (a run that wrote it but could not keep it)
            }
            if (!held.equals(Optional.of(before.fingerprint()))
                    || !before.concepts().equals(after.concepts()) || !before.entities().equals(after.entities())) {
                replace(connection, after);
                return after.documents().size();
            }
            return writeChanged(connection, before, after);
        });
    }

    /** Work on a connection of its own in one transaction: committed when it returns, else rolled back. */
    private interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T write(String action, Transaction<T> transaction) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = transaction.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private static void replace(Connection connection, Library library) throws SQLException {
        RelationTables.clear(connection); // relations (V5) refer to the glossary and documents
        ConceptTables.clear(connection); // glossary (V3): mentions refer to documents, so first
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM note_reference");
            statement.executeUpdate("DELETE FROM note");
            statement.executeUpdate("DELETE FROM block");
            statement.executeUpdate("DELETE FROM document_author");
            statement.executeUpdate("DELETE FROM document");
        }
        DocumentTables.insert(connection, library.documents(), IntStream.range(0, library.documents().size()).toArray());
        ConceptTables.write(connection, library); // glossary (V3)
        RelationTables.write(connection, library); // relations (V5)
        writeReferences(connection, library); // references.json (V2)
        writeFingerprint(connection, library);
    }

    /** {@link #update}'s writes when the glossary is unchanged and the catalog holds {@code before}. */
    private static int writeChanged(Connection connection, Library before, Library after) throws SQLException {
        Map<String, Integer> positionBefore = new HashMap<>();
        for (int i = 0; i < before.documents().size(); i++) {
            positionBefore.put(before.documents().get(i).slug(), i);
        }
        List<Integer> changed = new ArrayList<>();
        Set<String> gone = new HashSet<>(positionBefore.keySet());
        Set<String> rewritten = new HashSet<>();
        for (int i = 0; i < after.documents().size(); i++) {
            Document document = after.documents().get(i);
            Integer at = positionBefore.get(document.slug());
            Document was = at == null ? null : before.documents().get(at);
            gone.remove(document.slug());
            if (was != document && !document.equals(was)) {
                changed.add(i);
                rewritten.add(document.slug());
            }
        }
        RelationTables.clear(connection); // relations (V5) refer to documents: written again below
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM document WHERE slug = ?")) {
            for (String slug : union(rewritten, gone)) {
                delete.setString(1, slug); // its authors, blocks, notes, markers and mentions go with it
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement move = connection.prepareStatement("UPDATE document SET position = ? WHERE slug = ?")) {
            for (int i = 0; i < after.documents().size(); i++) {
                String slug = after.documents().get(i).slug();
                if (!rewritten.contains(slug) && positionBefore.get(slug) != i) {
                    move.setInt(1, i);
                    move.setString(2, slug);
                    move.addBatch();
                }
            }
            move.executeBatch();
        }
        DocumentTables.insert(connection, after.documents(), changed.stream().mapToInt(Integer::intValue).toArray());
        ConceptTables.writeMentions(connection, after.mentions().stream().filter(m -> rewritten.contains(m.document())).toList());
        RelationTables.write(connection, after); // relations (V5)
        writeReferences(connection, after); // references.json (V2)
        writeFingerprint(connection, after);
        return rewritten.size() + gone.size();
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> both = new TreeSet<>(one);
        both.addAll(other);
        return both;
    }

    private static void writeFingerprint(Connection connection, Library library) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM ingest");
        }
        try (PreparedStatement ingest = connection.prepareStatement(
                "INSERT INTO ingest (id, fingerprint, ingested_at) VALUES (1, ?, ?)")) {
            ingest.setString(1, library.fingerprint());
            ingest.setObject(2, OffsetDateTime.now());
            ingest.executeUpdate();
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
                List<Document> documents = DocumentTables.read(connection);
                ConceptTables.Stored glossary = ConceptTables.read(connection, documents); // glossary (V3)
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
}
