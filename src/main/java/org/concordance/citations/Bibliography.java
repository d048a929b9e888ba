package org.concordance.citations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.concordance.content.ContentException;
import org.concordance.content.Deferred;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Note;

/**
 * Every work the library cites or names, every author, and which notes cite what: built once from a
 * {@link Library} and the editor's {@link References}, then read-only. Immutable and thread-safe.
 *
 * <p>Short forms resolve as Chicago intends: "Ibid." to the work cited just before; an author and
 * short title to the work by that author whose title begins with it (first among works already cited
 * in the same document, then any work the library knows); an author and page alone to the work by
 * that author cited earlier in the same document. A short form with nothing to resolve to becomes a
 * work of its own, marked as known only by its short form: nothing is invented. How it is built is
 * {@link BibliographyBuilder}'s.
 */
public final class Bibliography {
    private final List<Work> works;
    private final Map<String, Work> bySlug;
    private final List<Person> people;
    /** Where documents' own text names a work: by work slug, and by document slug, each in library order. */
    private final Map<String, List<Mention>> mentionsByWork;
    private final Map<String, List<Mention>> mentionsByDocument;
    /**
     * Which notes cite what, document by document: most of the objects a large library's snapshot
     * holds, and no page needs it before a document, work or person page is asked for. Kept apart
     * in a snapshot and read then ({@link Deferred}).
     */
    private final Deferred<Notes> notes;
    private final SentenceCase sentenceCase;
    /** The editor's references it was built with: a later library with the same ones may reuse it ({@link Earlier}). */
    private final References references;
    /**
     * The people by slug, by the slug of each work they wrote and by each document they wrote: made
     * when first asked for, from {@link #people}, and not kept in a snapshot (transient). A document
     * page asks who wrote each work its notes cite; looking through every person's works for each
     * was a quarter of the page's time at 10,003 documents.
     */
    private transient volatile PeopleIndex peopleIndex;
    /**
     * How many documents' citations the build looked up; the others followed the decisions of the
     * build before ({@link Replay}). Every document for a bibliography built from nothing; not kept
     * in a snapshot.
     */
    private final transient int lookedUp;
    /**
     * The books each document's text names, by document slug (documents without authors left out),
     * for the next build to take for the documents it was built from rather than read every
     * paragraph again ({@link Earlier#namedBooks}). Kept in a snapshot, small as it is (most
     * documents name none): without it, the first edit after a restart read every document's text
     * back from the snapshot to find them again, which the texts let go once read
     * ({@code Document.body}) made 1–2 s slower at 10,003 documents.
     */
    private final Map<String, List<NamedBook>> namedBooks;

    private record PeopleIndex(Map<String, Person> bySlug, Map<String, List<Person>> byWork,
            Map<String, List<Person>> byDocument) {
        static PeopleIndex of(List<Person> people) {
            Map<String, Person> bySlug = new HashMap<>();
            Map<String, List<Person>> byWork = new HashMap<>();
            Map<String, List<Person>> byDocument = new HashMap<>();
            for (Person person : people) {
                bySlug.putIfAbsent(person.slug(), person);
                for (String work : new LinkedHashSet<>(person.works())) {
                    byWork.computeIfAbsent(work, w -> new ArrayList<>()).add(person);
                }
                for (String document : new LinkedHashSet<>(person.documents())) {
                    byDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(person);
                }
            }
            return new PeopleIndex(bySlug, byWork, byDocument);
        }
    }

    /**
     * Which notes cite each work, made from {@link #notes} when first asked for (by a work's or a
     * person's page, the works index, a search of the works): no edited document's page needs it,
     * and neither a build nor the library kept for the next start makes it (transient). Null until
     * first asked for in a bibliography read from a snapshot ({@link #citedWorks}).
     */
    private transient volatile Deferred<CitedWorks> cited;

    /** The notes resolved, by document slug; the documents' slugs in library order; what each citation resolved to. */
    private record Notes(Map<String, List<ResolvedNote>> byDocument, List<String> documents, Decisions decisions) {
        List<List<ResolvedNote>> inLibraryOrder() {
            return documents.stream().map(byDocument::get).toList();
        }
    }

    /** Every field as it is: for a bibliography made from another, sharing what did not change. */
    private Bibliography(Bibliography earlier, Notes notes, Deferred<CitedWorks> cited, References references) {
        this.works = earlier.works;
        this.bySlug = earlier.bySlug;
        this.people = earlier.people;
        this.peopleIndex = earlier.peopleIndex;
        this.mentionsByWork = earlier.mentionsByWork;
        this.mentionsByDocument = earlier.mentionsByDocument;
        this.notes = Deferred.of(notes);
        this.cited = cited;
        this.sentenceCase = earlier.sentenceCase;
        this.references = references;
        this.lookedUp = 0;
        this.namedBooks = earlier.namedBooks; // only notes differ: the same texts
    }

    /**
     * A bibliography as {@link BibliographyBuilder} made it.
     *
     * @param notesByDocument every document's resolved notes, by slug, in library order
     */
    Bibliography(List<Work> works, List<Person> people, List<Mention> mentions,
            Map<String, List<ResolvedNote>> notesByDocument, SentenceCase sentenceCase,
            References references, Decisions decisions, int lookedUp, Map<String, List<NamedBook>> namedBooks) {
        this.sentenceCase = sentenceCase;
        this.lookedUp = lookedUp;
        this.namedBooks = namedBooks;
        this.references = references;
        this.works = List.copyOf(works);
        Map<String, Work> slugs = new LinkedHashMap<>();
        works.forEach(w -> slugs.put(w.slug(), w));
        this.bySlug = Map.copyOf(slugs);
        this.people = List.copyOf(people);
        this.mentionsByWork = grouped(mentions, Mention::workSlug);
        this.mentionsByDocument = grouped(mentions, Mention::documentSlug);
        Map<String, List<ResolvedNote>> notes = new HashMap<>();
        notesByDocument.forEach((k, v) -> notes.put(k, List.copyOf(v)));
        Notes made = new Notes(Map.copyOf(notes), List.copyOf(notesByDocument.keySet()), decisions);
        this.notes = Deferred.of(made);
        this.cited = Deferred.later(() -> CitedWorks.of(made.inLibraryOrder()));
    }

    /** Parses every note of the library and resolves it against the texts and the references. */
    public static Bibliography build(Library library, References references) {
        return build(library, references, Optional.empty());
    }

    /**
     * A bibliography built before, with the library it was built from: a document of the next library
     * that is the very object one of these was built from (its file unchanged, {@code
     * ContentLoader.reusing}) has the same notes, so they are not parsed again; and when the next
     * library gives the builder what this one gave it ({@link #sameSources}), it is this bibliography.
     */
    public record Earlier(Library library, Bibliography bibliography) {
        public Earlier {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(bibliography, "bibliography");
        }

        /**
         * Whether {@code next} and {@code references} are, for a bibliography, what this one was
         * built from: the same references and listed entries, the same documents in the same order,
         * and each document that is not the very object it was here with the same authors, the same
         * notes (label, HTML and text: where their markers stand is not the bibliography's) and the
         * same books named in its text, at the same paragraphs. What the builder reads of a library
         * is no more than that, so the bibliography it would build is this one: an edit to a
         * document's prose, the common case, resolves no note again (at 10,003 documents, 2.6–4.6 s
         * of every watched edit). The comparison reads only the documents that changed.
         */
        boolean sameSources(Library next, References references) {
            if (!sameAround(next, references)) {
                return false;
            }
            List<Document> before = library.documents();
            List<Document> now = next.documents();
            for (int i = 0; i < now.size(); i++) {
                Document was = before.get(i);
                Document is = now.get(i);
                if (was != is && !(sameBesideNotes(was, is) && sameNotes(was.notes(), is.notes()))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code next} has this library's number of documents, listed entries and references. */
        boolean sameAround(Library next, References references) {
            return references.equals(bibliography.references) && next.entities().equals(library.entities())
                    && next.documents().size() == library.documents().size();
        }

        /** Whether two documents are alike in all the builder reads of them but their notes: slug, authors, named books. */
        static boolean sameBesideNotes(Document was, Document is) {
            return was.slug().equals(is.slug()) && was.metadata().authors().equals(is.metadata().authors())
                    && NamedBook.in(was).equals(NamedBook.in(is));
        }

        static boolean sameNotes(List<Note> was, List<Note> is) {
            if (was.size() != is.size()) {
                return false;
            }
            for (int n = 0; n < is.size(); n++) {
                Note a = was.get(n);
                Note b = is.get(n);
                if (!a.label().equals(b.label()) || !a.html().equals(b.html()) || !a.text().equals(b.text())) {
                    return false;
                }
            }
            return true;
        }

        /** The books {@code document}'s text names, when it is a document this was built from and they were kept. */
        Optional<List<NamedBook>> namedBooks(Document document) {
            if (library.document(document.slug()).orElse(null) != document) {
                return Optional.empty();
            }
            return Optional.ofNullable(bibliography.namedBooks.get(document.slug()));
        }

        /** The labels of {@code document}'s notes, in order, when it is a document this was built from. */
        Optional<List<String>> labels(Document document) {
            if (library.document(document.slug()).orElse(null) != document) {
                return Optional.empty();
            }
            List<ResolvedNote> notes = bibliography.notes(document.slug());
            String[] labels = new String[notes.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = notes.get(i).label();
            }
            return Optional.of(List.of(labels));
        }

        /** The citations of each of {@code document}'s notes, in order, when it is a document this was built from. */
        Optional<List<List<Citation>>> citations(Document document) {
            if (library.document(document.slug()).orElse(null) != document) {
                return Optional.empty();
            }
            // Loops, not streams: asked for every document of the library at every build.
            List<ResolvedNote> notes = bibliography.notes(document.slug());
            List<List<Citation>> citations = new ArrayList<>(notes.size());
            for (ResolvedNote note : notes) {
                List<ResolvedCitation> resolved = note.citations();
                Citation[] each = new Citation[resolved.size()];
                for (int i = 0; i < each.length; i++) {
                    each[i] = resolved.get(i).citation();
                }
                citations.add(List.of(each));
            }
            return Optional.of(java.util.Collections.unmodifiableList(citations));
        }
    }

    /**
     * {@link #build(Library, References)}, taking from {@code earlier} the citations of the notes of
     * the documents it was built from (the same as parsing them gives); the result is the same. When
     * only notes changed, and none changed what it cites, no note is resolved again ({@link EditedNotes}).
     */
    public static Bibliography build(Library library, References references, Optional<Earlier> earlier) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(earlier, "earlier");
        if (earlier.isPresent() && earlier.get().sameSources(library, references)) {
            return earlier.get().bibliography();
        }
        Optional<Bibliography> edited = earlier.flatMap(before -> EditedNotes.bibliography(before, library, references));
        if (edited.isPresent()) {
            return edited.get();
        }
        return new BibliographyBuilder().build(library, references, earlier);
    }

    /**
     * {@code earlier} with the notes of some documents replaced ({@code edited}, by document slug):
     * notes that cite the same works as before, in the same order, so the works, people and mentions
     * are {@code earlier}'s. Which notes cite each work is made when first asked for: from
     * {@code earlier}'s lists when those were made (each edited document's entries where its old
     * ones stood), else from the notes. What {@link EditedNotes} makes.
     */
    static Bibliography withNotes(Bibliography earlier, Map<String, List<ResolvedNote>> edited, References references) {
        Notes before = earlier.notes.get();
        Map<String, List<ResolvedNote>> notes = new HashMap<>(before.byDocument());
        Map<String, List<ResolvedNote>> renewed = new HashMap<>();
        edited.forEach((document, list) -> renewed.put(document, List.copyOf(list)));
        notes.putAll(renewed);
        // The notes cite the same works as before, in the same order: the same decisions.
        Notes next = new Notes(Map.copyOf(notes), before.documents(), before.decisions());
        // Made again from the lists before when they are made; never holding the bibliography before.
        Deferred<CitedWorks> was = earlier.cited;
        Deferred<CitedWorks> cited = was != null && was.isMade() ? Deferred.later(() -> was.get().with(renewed))
                : Deferred.later(() -> CitedWorks.of(next.inLibraryOrder()));
        return new Bibliography(earlier, next, cited, references);
    }

    /**
     * Reads {@code references.json} from the content folder and builds the bibliography of
     * {@code library}: what the composition root calls at start-up, after the catalog hands back
     * the library. Throws, naming the file, line and entry, when references.json is malformed.
     */
    public static Bibliography load(Library library, Path contentRoot) throws ContentException {
        return build(library, References.of(library, contentRoot));
    }

    /** Every work, sorted by first author's family name, then year, then title. */
    public List<Work> works() {
        return works;
    }

    public Optional<Work> work(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The notes citing a work, in document and note order. */
    public List<NoteCitation> citationsOf(String workSlug) {
        return citedWorks().get().byWork().getOrDefault(workSlug, List.of());
    }

    private static Map<String, List<Mention>> grouped(List<Mention> mentions, Function<Mention, String> key) {
        Map<String, List<Mention>> groups = new HashMap<>();
        mentions.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        groups.replaceAll((k, list) -> List.copyOf(list));
        return Map.copyOf(groups);
    }

    /** Where documents' own text names a work. */
    public List<Mention> mentionsOf(String workSlug) {
        return mentionsByWork.getOrDefault(workSlug, List.of());
    }

    /** The works a document's own text names, for linking them from the page. */
    public List<Mention> mentionsIn(String documentSlug) {
        return mentionsByDocument.getOrDefault(documentSlug, List.of());
    }

    /** Sentence case for APA titles that keeps the capitals of the library's proper names. */
    public SentenceCase sentenceCase() {
        return sentenceCase;
    }

    /** Every author, sorted by family name. */
    public List<Person> people() {
        return people;
    }

    public Optional<Person> person(String slug) {
        return Optional.ofNullable(peopleIndex().bySlug().get(slug));
    }

    /** The people who wrote a work, in the work's author order. */
    public List<Person> authorsOf(Work work) {
        List<Name> authors = work.authors();
        return peopleIndex().byWork().getOrDefault(work.slug(), List.of()).stream()
                .sorted(Comparator.comparingInt((Person p) -> position(p, authors))).toList();
    }

    private PeopleIndex peopleIndex() {
        PeopleIndex index = peopleIndex;
        if (index == null) {
            index = PeopleIndex.of(people); // two threads may both make it: the same either way
            peopleIndex = index;
        }
        return index;
    }

    /** Where {@code person} stands among {@code authors}: the first name compatible with theirs. */
    private static int position(Person person, List<Name> authors) {
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).compatible(person.name())) {
                return i;
            }
        }
        return authors.size();
    }

    /** The people who wrote a library document. */
    public List<Person> authorsOfDocument(String documentSlug) {
        return List.copyOf(peopleIndex().byDocument().getOrDefault(documentSlug, List.of()));
    }

    /** A person's works, in bibliography order. */
    public List<Work> worksBy(Person person) {
        return person.works().stream().map(bySlug::get).toList();
    }

    /** Every note citing any of a person's works. */
    public List<NoteCitation> citationsOf(Person person) {
        return person.works().stream().flatMap(slug -> citationsOf(slug).stream()).toList();
    }

    /**
     * Reads now which notes cite what, when a snapshot kept it apart; else does nothing. A page
     * that needs it reads it then; this reads it ahead, on a thread that no reader waits for.
     */
    public void readNotes() {
        notes.get();
    }

    private Deferred<CitedWorks> citedWorks() {
        Deferred<CitedWorks> made = cited;
        if (made == null) {
            synchronized (this) {
                if (cited == null) {
                    cited = Deferred.later(() -> CitedWorks.of(notes.get().inLibraryOrder()));
                }
                made = cited;
            }
        }
        return made;
    }

    /** What the build decided each citation resolved to, for the next build to follow ({@link Replay}). */
    Optional<Decisions> decisions() {
        return Optional.ofNullable(notes.get().decisions());
    }

    /**
     * How many documents' citations the build of this bibliography looked up; the others followed
     * the decisions of the build before ({@link #build(Library, References, Optional)}). 0 for one
     * made from an earlier one without resolving any note, and for one read from a snapshot.
     */
    public int documentsLookedUp() {
        return lookedUp;
    }

    /** Whether which notes cite what is read (always, but for a bibliography read from a snapshot). */
    boolean notesRead() {
        return notes.isMade();
    }

    /** Whether which notes cite each work is made (asked for, or read from a snapshot). */
    boolean citedWorksMade() {
        Deferred<CitedWorks> made = cited;
        return made != null && made.isMade();
    }

    /** A document's notes with their citations resolved, in note order. */
    public List<ResolvedNote> notes(String documentSlug) {
        return notes.get().byDocument().getOrDefault(documentSlug, List.of());
    }

    public Optional<ResolvedNote> note(String documentSlug, String label) {
        return notes(documentSlug).stream().filter(n -> n.label().equals(label)).findFirst();
    }

    /**
     * Works matching an author, title, year, page or short form as written in a note ('Bacon, 753',
     * 'Byman 2012', 'Breaking the Bonds'). Every word of the query must match a word the work is
     * known by (a prefix is enough from three letters); results keep bibliography order. A blank
     * query matches nothing.
     */
    public List<Work> find(String query) {
        return find(query, GlossaryNames.NONE);
    }

    /**
     * Works matching a query as {@link #find(String)} matches them, words folded as
     * {@link GlossaryNames#fold} folds them ("al-Qaida" finds "al-Qa'ida"), and a word of any name of a
     * glossary entry the work names matching too ("Hizballah" finds Levitt's <i>Hezbollah</i>).
     */
    public List<Work> find(String query, GlossaryNames glossary) {
        List<String> words = List.of(GlossaryNames.fold(Objects.requireNonNull(query, "query")).split(" "));
        if (words.size() == 1 && words.get(0).isEmpty()) {
            return List.of();
        }
        // By query word, the entries one of whose names has it: a work naming one of them has the word too.
        List<Set<Integer>> naming = words.stream().map(glossary::entriesWith).toList();
        return works.stream().filter(work -> {
            String text = searchText(work);
            String folded = GlossaryNames.fold(text);
            Set<String> known = new HashSet<>(List.of(folded.split(" ")));
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean found = known.contains(word)
                        || (word.length() >= 3 && known.stream().anyMatch(k -> k.startsWith(word)))
                        || naming.get(i).stream().anyMatch(entry -> glossary.names(entry, text, folded));
                if (!found) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The text a work is known by: authors, titles, container, publisher, year and the pages cited. */
    private String searchText(Work work) {
        StringBuilder text = new StringBuilder();
        work.authors().forEach(a -> text.append(' ').append(a.display()));
        work.title().ifPresent(t -> text.append(' ').append(t.plain()));
        work.shortTitle().ifPresent(t -> text.append(' ').append(t.plain()));
        work.container().ifPresent(t -> text.append(' ').append(t));
        work.publisher().ifPresent(t -> text.append(' ').append(t));
        work.year().ifPresent(y -> text.append(' ').append(y));
        citedWorks().get().pinpoints().getOrDefault(work.slug(), Set.of()).forEach(p -> text.append(' ').append(p));
        return text.toString();
    }
}
