package org.concordance.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads a content folder into a {@link Library}: every document under {@code documents/}, then the
 * glossary ({@code concepts/}, {@code organizations.yaml}, {@code people.yaml}) and its mentions,
 * then the relations between organizations ({@code relations.yaml}). Reports
 * every problem at once (so an editor fixes them in one pass) and returns nothing half-read.
 */
public final class ContentLoader {
    /**
     * Part of the fingerprint: bump it when the same files would now be read differently, so the
     * catalog is rebuilt on the next start.
     */
    static final String FORMAT_VERSION = "concordance-content-6-entity-phrases";

    /**
     * From this many documents they are parsed in parallel, and so is other work done document by
     * document (mentions, notes' citations); below it the threads cost more than they save (a start
     * of the bundled library is about one second).
     */
    public static final int PARALLEL_FROM = 64;

    /** The editor's full references, in CSL-JSON, at the top of the content folder. */
    public static final String REFERENCES_FILE = "references.json";

    /** The library's Markdown files, one per document. */
    static final String DOCUMENTS = "documents";

    /** The digest the fingerprint gives what is not a file where files are read ({@link #files}): no SHA-256 is. */
    private static final String NOT_A_FILE = "not-a-file";

    /** The raw texts the documents were made from (the seeds, imported files), named by each document's {@code source}. */
    public static final String SOURCES = "sources";

    /**
     * A content folder's fingerprint with the digest of each file it covers.
     *
     * @param value 64 hex digits, what a library, the catalog and the kept library are keyed by
     * @param files each file's SHA-256 in hex, by its path within the content folder ({@code documents/a.md})
     */
    public record Fingerprint(String value, Map<String, String> files) {
        public Fingerprint {
            Objects.requireNonNull(value, "value");
            files = Map.copyOf(files);
        }
    }

    /**
     * A library read earlier, with the fingerprint taken before it was read: a document file whose
     * digest is still the one in {@code readFrom} is not parsed again, its document (and, when the
     * glossary is unchanged, its mentions) taken from {@code library}.
     *
     * <p>The fingerprint must have been taken before the files were read, never after: a file
     * changed in between then has a digest other than the one it was read with, and is read again.
     */
    public record Earlier(Library library, Fingerprint readFrom) {
        public Earlier {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(readFrom, "readFrom");
            if (!library.fingerprint().equals(readFrom.value())) {
                throw new IllegalArgumentException("the library was read from content with another fingerprint");
            }
        }
    }

    private final Path root;
    private final ReferencesCheck references;
    private final Progress progress;
    private final FileDigests digests;
    private final Optional<Earlier> earlier;

    /**
     * A loader that does not check references.json's entries, without progress or remembered
     * digests (every file is read for the fingerprint).
     */
    public ContentLoader(Path root) {
        this(root, ReferencesCheck.NONE, Progress.NONE, FileDigests.none());
    }

    /**
     * A loader that also checks references.json with {@code references} (a rule the citations
     * package owns), reports how far it has got to {@code progress}, and takes the fingerprint with
     * the files' {@code digests} as last read.
     */
    public ContentLoader(Path root, ReferencesCheck references, Progress progress, FileDigests digests) {
        this(root, references, progress, digests, Optional.empty());
    }

    private ContentLoader(Path root, ReferencesCheck references, Progress progress, FileDigests digests,
            Optional<Earlier> earlier) {
        this.root = Objects.requireNonNull(root, "root");
        this.references = Objects.requireNonNull(references, "references");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.digests = Objects.requireNonNull(digests, "digests");
        this.earlier = Objects.requireNonNull(earlier, "earlier");
    }

    /**
     * This loader, parsing only the document files that changed since {@code earlier} was read
     * (with {@code --watch}, one edited file of 10,003 is parsed, not all of them), and sharing
     * the unchanged documents and their mentions with it, so two editions of a large library fit
     * in the heap of one. What it reads is the same as without: every rule is applied to the whole
     * library.
     */
    public ContentLoader reusing(Optional<Earlier> earlier) {
        return new ContentLoader(root, references, progress, digests, earlier);
    }

    public Path root() {
        return root;
    }

    /**
     * A digest of the content folder: of the format version and of each file's name and SHA-256, in
     * the order of their names. A file whose state on disk is the one it had when last read is not
     * read again ({@link FileDigests}); the others are read on every core in a large library.
     *
     * @return 64 hex digits
     * @throws ContentException when the folder or a file in it cannot be read
     */
    public String fingerprint() throws ContentException {
        return take().value();
    }

    /**
     * {@link #fingerprint()} with the digest of each file, for reading the content afterwards
     * ({@link #load(Fingerprint)}) and again after a change ({@link Earlier}).
     *
     * @throws ContentException when the folder or a file in it cannot be read
     */
    public Fingerprint take() throws ContentException {
        try {
            Set<Path> notFiles = new HashSet<>();
            List<Path> files = files(root, notFiles);
            List<String> names = files.stream().map(file -> root.relativize(file).toString().replace('\\', '/')).toList();
            String[] each = new String[files.size()];
            ContentError[] unreadable = new ContentError[files.size()];
            IntStream indexes = IntStream.range(0, files.size());
            (files.size() >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(i -> {
                if (notFiles.contains(files.get(i))) {
                    each[i] = NOT_A_FILE;
                    return;
                }
                try {
                    each[i] = digests.digest(files.get(i), names.get(i));
                } catch (IOException e) {
                    unreadable[i] = new ContentError(files.get(i), 0, "cannot read the file: " + ContentError.reason(e));
                }
            });
            // Every file that cannot be read, each named: an editor fixes them in one pass.
            List<ContentError> problems = java.util.Arrays.stream(unreadable).filter(Objects::nonNull).toList();
            if (!problems.isEmpty()) {
                throw new ContentException(problems);
            }
            digests.keepOnly(names);
            digests.save();
            MessageDigest digest = FileDigests.sha256();
            digest.update(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
            Map<String, String> byName = new HashMap<>();
            for (int i = 0; i < each.length; i++) {
                digest.update(names.get(i).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(each[i].getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                byName.put(names.get(i), each[i]);
            }
            return new Fingerprint(HexFormat.of().formatHex(digest.digest()), byName);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            Path where = cause instanceof java.nio.file.FileSystemException system && system.getFile() != null
                    ? Path.of(system.getFile()) : root;
            throw new ContentException(List.of(new ContentError(where, 0, (where.equals(root)
                    ? "cannot read the content folder: " : "cannot read this: ") + ContentError.reason(cause))));
        }
    }

    /** Reads and validates the whole library; throws with every problem found. */
    public Library load() throws ContentException {
        return load(take());
    }

    /**
     * {@link #load()} with the fingerprint the caller has just {@linkplain #take() taken}, so the
     * content is not hashed twice (the ingest compares it with the catalog's first). A document
     * file whose digest in {@code fingerprint} is the one the {@linkplain #reusing earlier}
     * library was read with is taken from it, not parsed.
     */
    public Library load(Fingerprint fingerprint) throws ContentException {
        List<ContentError> errors = new ArrayList<>();
        Path folder = root.resolve(DOCUMENTS);
        if (!Files.isDirectory(folder)) {
            throw new ContentException(List.of(new ContentError(folder, 0,
                    "the content folder has no documents/ folder with the library's Markdown files")));
        }
        List<Document> documents = new ArrayList<>();
        List<Path> files = ContentFiles.list(folder, errors);
        Map<String, Document> unchanged = unchanged(files, fingerprint);
        try (Progress.Stage reading = progress.begin("reading documents", files.size())) {
            record Read(Optional<Document> document, List<ContentError> errors) {
            }
            // Each file is parsed on its own, so a large library is read on every core; the results
            // (documents and problems) are taken in file order, the same whatever the threads did.
            Stream<Path> each = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
            List<Read> read = each.map(file -> {
                List<ContentError> problems = new ArrayList<>();
                Document kept = unchanged.get(file.getFileName().toString());
                Optional<Document> document = kept != null ? Optional.of(kept) : readDocument(file, problems);
                reading.advance();
                return new Read(document, problems);
            }).toList();
            for (Read one : read) {
                one.document().ifPresent(documents::add);
                errors.addAll(one.errors());
            }
        }
        if (documents.isEmpty() && errors.isEmpty()) {
            errors.add(new ContentError(folder, 0, "the library has no documents"));
        }
        // The list files are read even when a document has problems, so an editor sees every file's
        // at once; what they say of the documents is then checked only against those read.
        boolean documentsWhole = errors.isEmpty();
        // Each title made plain and its collation key made once, not at each of the 300,000 comparisons
        // 10,000 documents take; A to Z as readers file them (Collation), then by code point.
        Map<Document, String> titles = new IdentityHashMap<>();
        Map<Document, com.ibm.icu.text.CollationKey> keys = new IdentityHashMap<>();
        documents.forEach(document -> {
            titles.put(document, document.metadata().displayTitle());
            keys.put(document, Collation.key(titles.get(document)));
        });
        documents.sort(Comparator.comparing(keys::get).thenComparing(titles::get));
        Set<Quotation> foundBefore = Quotations.foundBefore(earlier.map(Earlier::library), documents);
        GlossaryLoader.Result glossary = GlossaryLoader.load(root, documents, earlier.map(Earlier::library), foundBefore,
                documentsWhole, errors);
        // The references and relations are read even when the glossary has problems, so every problem is
        // reported at once; a relation to an entry whose problem is reported is not reported as well.
        Optional<String> references = Optional.empty();
        Path referencesFile = root.resolve(REFERENCES_FILE);
        if (Files.exists(referencesFile)) {
            SourceFile.Result read = SourceFile.read(referencesFile);
            read.error().ifPresent(errors::add);
            references = read.text();
            references.ifPresent(text -> errors.addAll(this.references.problems(referencesFile, text)));
        }
        List<Relation> relations = RelationLoader.load(root, documents, glossary, foundBefore, documentsWhole, errors);
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return new Library(documents, glossary.concepts(), glossary.entities(), glossary.mentions(),
                relations, references, fingerprint.value());
    }

    /**
     * The content refused for {@code errors}, listed by file and line (a file's own problems, at
     * line 0, first), as an editor goes through them, whatever order they were found in.
     */
    private static ContentException refused(List<ContentError> errors) {
        List<ContentError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(ContentError::file).thenComparingInt(ContentError::line));
        return new ContentException(sorted);
    }

    /**
     * The earlier library's documents whose files are unchanged, by file name: the file's digest
     * now is the one it was read with, and the raw text it names is still in {@code sources/}
     * (else the file is read again, and the problem reported at its line).
     */
    private Map<String, Document> unchanged(List<Path> files, Fingerprint now) {
        if (earlier.isEmpty()) {
            return Map.of();
        }
        Map<String, Document> bySlug = new HashMap<>();
        earlier.get().library().documents().forEach(document -> bySlug.put(document.slug(), document));
        Map<String, String> then = earlier.get().readFrom().files();
        Map<String, Document> unchanged = new HashMap<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = "documents/" + fileName;
            String digest = now.files().get(name);
            Document document = fileName.endsWith(".md") ? bySlug.get(fileName.substring(0, fileName.length() - 3)) : null;
            if (document != null && digest != null && digest.equals(then.get(name))
                    && Files.isRegularFile(root.resolve(SOURCES).resolve(document.metadata().sourceFile()))) {
                unchanged.put(fileName, document);
            }
        }
        return unchanged;
    }

    /**
     * The largest document file read, in bytes: a text of 2 MB (the importer's limit) with its
     * Markdown. A larger one is refused before it is read, as its page could not be rendered
     * within the heap ({@link DocumentParser#MAX_BLOCKS}).
     */
    public static final long MAX_DOCUMENT_BYTES = 3L << 20;

    /** One document file read and checked, or empty with its problems recorded. */
    private Optional<Document> readDocument(Path file, List<ContentError> errors) {
        if (!ContentFiles.isMarkdownFile(file, "document", errors)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                // Rounded up, so a file just over the limit is not said to be at it.
                errors.add(new ContentError(file, 0, String.format(java.util.Locale.ROOT, "the file is %.1f MB; a document"
                        + " holds at most %d MB: split the text into parts, each a document of its own",
                        Math.ceil(size / 104857.6) / 10, MAX_DOCUMENT_BYTES >> 20)));
                return Optional.empty();
            }
        } catch (IOException e) {
            // Reading it says why.
        }
        SourceFile.Result read = SourceFile.read(file);
        read.error().ifPresent(errors::add);
        // Slugs are file names, so unique within the folder.
        return read.text().flatMap(text -> DocumentParser.parse(file, text, errors)
                .filter(document -> checkSource(file, text, document.metadata().sourceFile(), errors)));
    }

    /**
     * Whether {@code source} names a file in the content folder's {@code sources/}, the raw text the
     * document was made from; if not, records the problem at the {@code source:} line.
     */
    private boolean checkSource(Path file, String text, String source, List<ContentError> errors) {
        boolean plainName = !source.contains("/") && !source.contains("\\") && !source.startsWith(".");
        if (plainName && Files.isRegularFile(root.resolve(SOURCES).resolve(source))) {
            return true;
        }
        int line = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("source:")) {
                line = i + 1;
                break;
            }
        }
        errors.add(new ContentError(file, line, plainName
                ? "source '" + source + "' is not a file in " + root.resolve(SOURCES) + "; keep the raw text the document "
                        + "was made from there (import does)"
                : "source names a file in sources/ by its name alone, was '" + source + "'"));
        return false;
    }

    /**
     * The entries the fingerprint covers, in the order of their paths: every regular file (or link to
     * one) under {@code root} that {@linkplain ContentFiles#isContent is content}, in folders that
     * are; and, added to {@code notFiles} too, whatever else sits where the library reads files one
     * by one ({@code documents/}, {@code concepts/}): a folder, a link to nothing or to itself. Those
     * are refused when the content is read, so they must change the fingerprint, or a watched
     * library would not notice them come and go. One walk of the tree, each file's type read as it
     * is listed: 10,003 documents are listed in a third of the time a stream of paths, each checked
     * again, took.
     */
    private static List<Path> files(Path root, Set<Path> notFiles) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no such folder: " + root.toAbsolutePath());
        }
        Set<Path> listed = Set.of(root.resolve(DOCUMENTS), root.resolve(GlossaryLoader.CONCEPTS));
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                if (folder.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!ContentFiles.isContent(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (listed.contains(folder.getParent())) {
                    notFiles.add(folder);
                    files.add(folder);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!ContentFiles.isContent(file)) {
                    return FileVisitResult.CONTINUE;
                }
                boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (regular) {
                    files.add(file);
                } else if (listed.contains(file.getParent())) {
                    notFiles.add(file);
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(files);
        return files;
    }
}
