package org.concordance.catalog;

import java.io.IOException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Mentions;
import org.concordance.content.Relation;
import org.flywaydb.core.Flyway;
import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;

/**
 * The H2 database under the data folder. Thread-safe: every call takes its own connection from a
 * small pool, and waits only while the file is {@linkplain #compact compacted}. {@link #replace} is
 * all-or-nothing, so a reader never sees half a library.
 */
public final class Catalog implements AutoCloseable {
    /** The catalog's name in the data folder; H2 adds {@code .mv.db}. */
    private static final String FILE = "catalog";
    /**
     * Below this share of the file in use (H2's fill rate, in percent, as it reports it when the file
     * is opened), {@link #compact} rewrites it. One whole write of a 10,003-document library leaves
     * 41–52 % in use (1.36 GB; 0.16 GB compacted). H2 counts the unused space as its database
     * closes: a process killed before that leaves it counted as in use until the next whole write.
     */
    static final int COMPACT_BELOW_FILL_RATE = 67;
    /** A file smaller than this (in bytes) is never worth the time of compacting it. */
    static final long COMPACT_FROM_BYTES = 8L << 20;
    private final Path file;
    /** Held shared by every call, alone by {@link #compact}, which closes the database under the pool. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile JdbcConnectionPool pool;
    private volatile boolean closed;
    /**
     * Whether the library was written whole since the catalog was opened or compacted: H2 counts the
     * space it freed as in use for a while after (its fill rate stays 100 %), so it is not asked then.
     */
    private volatile boolean writtenWhole;

    private Catalog(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    private static JdbcConnectionPool pool(Path file) {
        // Lazy execution streams a result read in index order instead of copying it (and its CLOBs) into a
        // temporary result first, spilled to disk past 40,000 rows: reading a 10,000-document library
        // took 12.5–13.0 s without it and 8.7–9.6 s with it.
        return JdbcConnectionPool.create("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE", "sa", "");
    }

    /** Work on one connection of the pool. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** {@code work} on a connection of the pool, with the shared lock held, so never during {@link #compact}. */
    private <T> T withConnection(Work<T> work) throws SQLException {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new SQLException("the catalog is closed");
            }
            try (Connection connection = pool.getConnection()) {
                return work.run(connection);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether {@code dataDir} holds a catalog file, readable or not; false for a new data folder. */
    public static boolean exists(Path dataDir) {
        return Files.exists(mvFile(file(dataDir)));
    }

    /** The file H2 keeps the database {@code file} in. */
    private static Path mvFile(Path file) {
        return Path.of(file + Constants.SUFFIX_MV_FILE);
    }

    private static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE);
    }

    /** Opens (creating if needed) the catalog in {@code dataDir} and brings its schema up to date. */
    public static Catalog open(Path dataDir) {
        Path file = file(dataDir);
        return new Catalog(migrated(file), file);
    }

    /** A pool on {@code file}, its schema brought up to date (made, for a file that is not there). */
    private static JdbcConnectionPool migrated(Path file) {
        JdbcConnectionPool pool = pool(file);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new CatalogException("cannot open the catalog at " + mvFile(file) + ": " + rootCause(e), e);
        }
        return pool;
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
        try {
            return withConnection(Catalog::fingerprint);
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
     * mentions, the others' positions, the glossary's entries when they changed, and the small
     * tables whole (relations, references). A mention depends only on its document and the names
     * and phrases of the glossary ({@link Mentions#foundAlike}), so when those changed, or the
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
            boolean glossaryAsBefore = before.concepts().equals(after.concepts()) && before.entities().equals(after.entities());
            if (!held.equals(Optional.of(before.fingerprint()))
                    || (!glossaryAsBefore && !Mentions.foundAlike(before.entries(), after.entries()))) {
                replace(connection, after);
                return after.documents().size();
            }
            if (!glossaryAsBefore) {
                ConceptTables.rewriteEntries(connection, after); // a definition edited: its mentions are kept
            }
            return writeChanged(connection, before, after);
        });
    }

    /** {@code transaction} on a connection of its own in one transaction: committed when it returns, else rolled back. */
    private <T> T write(String action, Work<T> transaction) {
        try {
            return withConnection(connection -> {
                connection.setAutoCommit(false);
                try {
                    T result = transaction.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            });
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private void replace(Connection connection, Library library) throws SQLException {
        writtenWhole = true; // even rolled back, a whole write leaves its pages in the file
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
        // By position, in library order: the mentions of the other documents are never made.
        Map<String, int[]> mentionsByDocument = after.mentionTable().positionsByDocument();
        ConceptTables.writeMentions(connection, after.documents().stream().map(Document::slug).filter(rewritten::contains)
                .map(mentionsByDocument::get).filter(Objects::nonNull)
                .flatMap(positions -> after.mentionTable().at(positions).stream()).toList());
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
        try {
            return withConnection(Catalog::read);
        } catch (SQLException e) {
            throw failure("read the library from", e);
        }
    }

    private static Optional<Library> read(Connection connection) throws SQLException {
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

    /**
     * Rewrites the file without the space H2 no longer uses, when that is most of it: after a whole
     * write, which leaves the file several times the size of what it holds (a 10,003-document
     * library: 1.36 GB, 0.16 GB once compacted, in 4–13 s), or when H2 reports less than {@value
     * #COMPACT_BELOW_FILL_RATE} % of it in use (a file so written by an earlier version, many
     * documents rewritten one by one). H2 compacts only a moment when the
     * database closes, and never shrinks the file while it is open. The database is closed for the
     * rewrite (calls wait for it), rewritten compressed into a new file by H2's own tool, which then
     * takes the old one's place, and opened again; a stop meanwhile leaves the old file as it was.
     *
     * @return whether the file was compacted: false when it is small or mostly in use
     * @throws CatalogException when the file could not be compacted (it is still the catalog) or opened again
     */
    public boolean compact() {
        return compact(COMPACT_FROM_BYTES);
    }

    /** {@link #compact()} of a file of at least {@code fromBytes}. */
    boolean compact(long fromBytes) {
        Path mvFile = mvFile(file);
        lock.writeLock().lock();
        try {
            if (closed) {
                return false;
            }
            if (!Files.isRegularFile(mvFile) || Files.size(mvFile) < fromBytes
                    || !writtenWhole && fillRate() >= COMPACT_BELOW_FILL_RATE) {
                return false;
            }
            Path rewrite = Path.of(mvFile + Constants.SUFFIX_MV_STORE_TEMP_FILE);
            if (Files.exists(rewrite, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(rewrite)) {
                // H2 rewrites into that path, and would fail on it, file closed: the catalog is left open instead.
                throw new CatalogException("cannot compact the catalog at " + mvFile + ": " + rewrite + " is not a file", null);
            }
            pool.dispose(); // the last connection closed, H2 closes the database and its file
            try {
                MVStoreTool.compact(mvFile.toString(), true);
                writtenWhole = false;
            } finally {
                if (!closed) { // else left disposed, as close() left it
                    // Migrated as at opening: a catalog deleted meanwhile is made again, empty, and written whole next.
                    pool = migrated(file);
                }
            }
            return true;
        } catch (SQLException e) {
            throw failure("compact", e);
        } catch (MVStoreException | IOException e) {
            throw new CatalogException("cannot compact the catalog at " + mvFile + ": " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The share of the file in use, in percent, as H2 reports it: the lower of its two measures, the
     * pages in use and the chunks' fill (after a whole write, one may read 96 % and the other 15 %,
     * or 41 % and 93 %, depending on how the database last closed).
     */
    private int fillRate() throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT MIN(CAST(SETTING_VALUE AS INT))"
                        + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')");
                ResultSet rows = query.executeQuery()) {
            return rows.next() && rows.getObject(1) != null ? rows.getInt(1) : 100;
        }
    }

    /** Closes the pool at once, without waiting for a compaction (which then leaves it closed). */
    @Override
    public void close() {
        closed = true;
        pool.dispose();
    }

    private CatalogException failure(String action, SQLException e) {
        return new CatalogException("cannot " + action + " the catalog at " + mvFile(file) + ": " + e.getMessage(), e);
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
