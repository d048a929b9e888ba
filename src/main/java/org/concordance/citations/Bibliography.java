package org.concordance.citations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.content.ContentException;
import org.concordance.content.Deferred;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;
import org.concordance.content.Title;
import org.jsoup.Jsoup;

/**
 * Every work the library cites or names, every author, and which notes cite what: built once from a
 * {@link Library} and the editor's {@link References}, then read-only. Immutable and thread-safe.
 *
 * <p>Short forms resolve as Chicago intends: "Ibid." to the work cited just before; an author and
 * short title to the work by that author whose title begins with it (first among works already cited
 * in the same document, then any work the library knows); an author and page alone to the work by
 * that author cited earlier in the same document. A short form with nothing to resolve to becomes a
 * work of its own, marked as known only by its short form: nothing is invented.
 */
public final class Bibliography {
    /** "author of [the new] book <em>Title</em> (Publisher)": a book named in a biography or standfirst. */
    private static final Pattern NAMED_BOOK = Pattern.compile(
            "(?i)(?:author of|book)[^<.]{0,40}?<em>([^<]+)</em>(?:\\s*\\(([^)<\\d]+)\\))?");

    private final List<Work> works;
    private final Map<String, Work> bySlug;
    private final List<Person> people;
    /** Where documents' own text names a work: by work slug, and by document slug, each in library order. */
    private final Map<String, List<Mention>> mentionsByWork;
    private final Map<String, List<Mention>> mentionsByDocument;
    /**
     * Which notes cite what: nearly half of what a large library's snapshot holds (at 10,003
     * documents, 0.6 of its 1.3 million objects), and no page needs it before a document, work
     * or person page is asked for. Kept apart in a snapshot and read then ({@link Deferred}).
     */
    private final Deferred<Notes> notes;
    private final SentenceCase sentenceCase;
    /** The editor's references it was built with: a later library with the same ones may reuse it ({@link Earlier}). */
    private final References references;

    /**
     * The notes resolved, by document slug; the notes citing each work, by work slug; the pages
     * they cite of each work, by work slug.
     */
    private record Notes(Map<String, List<ResolvedNote>> byDocument, Map<String, List<NoteCitation>> byWork,
            Map<String, Set<String>> pinpoints) {
    }

    /** Every field as it is: for a bibliography made from another, sharing what did not change. */
    private Bibliography(Bibliography earlier, Notes notes, References references) {
        this.works = earlier.works;
        this.bySlug = earlier.bySlug;
        this.people = earlier.people;
        this.mentionsByWork = earlier.mentionsByWork;
        this.mentionsByDocument = earlier.mentionsByDocument;
        this.notes = Deferred.of(notes);
        this.sentenceCase = earlier.sentenceCase;
        this.references = references;
    }

    private Bibliography(List<Work> works, List<Person> people, Map<String, List<NoteCitation>> citationsByWork,
            List<Mention> mentions, Map<String, List<ResolvedNote>> notesByDocument, SentenceCase sentenceCase,
            References references) {
        this.sentenceCase = sentenceCase;
        this.references = references;
        this.works = List.copyOf(works);
        Map<String, Work> slugs = new LinkedHashMap<>();
        works.forEach(w -> slugs.put(w.slug(), w));
        this.bySlug = Map.copyOf(slugs);
        this.people = List.copyOf(people);
        Map<String, List<NoteCitation>> citations = new HashMap<>();
        citationsByWork.forEach((k, v) -> citations.put(k, List.copyOf(v)));
        this.mentionsByWork = grouped(mentions, Mention::workSlug);
        this.mentionsByDocument = grouped(mentions, Mention::documentSlug);
        Map<String, List<ResolvedNote>> notes = new HashMap<>();
        notesByDocument.forEach((k, v) -> notes.put(k, List.copyOf(v)));
        Map<String, Set<String>> pages = new HashMap<>();
        citationsByWork.forEach((slug, list) -> pages.put(slug,
                Set.copyOf(list.stream().flatMap(c -> c.pinpoint().stream()).toList())));
        this.notes = Deferred.of(new Notes(Map.copyOf(notes), Map.copyOf(citations), Map.copyOf(pages)));
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
                    && namedBooks(was).equals(namedBooks(is));
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

        /** The citations of each of {@code document}'s notes, in order, when it is a document this was built from. */
        Optional<List<List<Citation>>> citations(Document document) {
            if (library.document(document.slug()).orElse(null) != document) {
                return Optional.empty();
            }
            return Optional.of(bibliography.notes(document.slug()).stream()
                    .map(note -> note.citations().stream().map(ResolvedCitation::citation).toList()).toList());
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
        return new Builder().build(library, references, earlier);
    }

    /**
     * {@code earlier} with the notes of some documents replaced ({@code edited}, by document slug):
     * notes that cite the same works as before, in the same order, so the works, people and mentions
     * are {@code earlier}'s; the list of notes citing each work they cite is made again, each
     * document's entries where its old ones stood. What {@link EditedNotes} makes.
     */
    static Bibliography withNotes(Bibliography earlier, Map<String, List<ResolvedNote>> edited, References references) {
        Notes before = earlier.notes.get();
        Map<String, List<ResolvedNote>> notes = new HashMap<>(before.byDocument());
        // Each edited document's entries, by work: the works they cite are the ones whose lists change.
        Map<String, Map<String, List<NoteCitation>>> entries = new HashMap<>();
        Set<String> affected = new LinkedHashSet<>();
        edited.forEach((document, renewed) -> {
            notes.put(document, List.copyOf(renewed));
            Map<String, List<NoteCitation>> byWork = citationsByWork(Map.of(document, renewed));
            entries.put(document, byWork);
            affected.addAll(byWork.keySet());
        });
        Map<String, List<NoteCitation>> citations = new HashMap<>(before.byWork());
        Map<String, Set<String>> pinpoints = new HashMap<>(before.pinpoints());
        for (String work : affected) {
            List<NoteCitation> was = earlier.citationsOf(work);
            List<NoteCitation> list = new ArrayList<>(was.size());
            int i = 0;
            while (i < was.size()) {
                String document = was.get(i).documentSlug();
                if (!edited.containsKey(document)) {
                    list.add(was.get(i++));
                    continue;
                }
                while (i < was.size() && was.get(i).documentSlug().equals(document)) {
                    i++; // a document's entries stand together, in library order
                }
                list.addAll(entries.get(document).getOrDefault(work, List.of()));
            }
            citations.put(work, List.copyOf(list));
            pinpoints.put(work, Set.copyOf(list.stream().flatMap(c -> c.pinpoint().stream()).toList()));
        }
        return new Bibliography(earlier, new Notes(Map.copyOf(notes), Map.copyOf(citations), Map.copyOf(pinpoints)), references);
    }

    /**
     * The notes citing each work, by work slug, in document and note order, each (document, note,
     * citation text, pinpoint) once.
     */
    private static Map<String, List<NoteCitation>> citationsByWork(Map<String, List<ResolvedNote>> notes) {
        Set<NoteCitation> seen = new HashSet<>();
        Map<String, List<NoteCitation>> citations = new LinkedHashMap<>();
        for (List<ResolvedNote> documentNotes : notes.values()) {
            for (ResolvedNote note : documentNotes) {
                for (ResolvedCitation c : note.citations()) {
                    c.work().ifPresent(w -> {
                        NoteCitation entry = new NoteCitation(note.documentSlug(), note.label(), c.citation().text(),
                                c.citation().pinpoint(), w.slug());
                        if (seen.add(entry)) {
                            citations.computeIfAbsent(w.slug(), slug -> new ArrayList<>()).add(entry);
                        }
                    });
                }
            }
        }
        return citations;
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
        return notes.get().byWork().getOrDefault(workSlug, List.of());
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
        return people.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The people who wrote a work, in the work's author order. */
    public List<Person> authorsOf(Work work) {
        List<Name> authors = work.authors();
        return people.stream().filter(p -> p.works().contains(work.slug()))
                .sorted(Comparator.comparingInt((Person p) -> position(p, authors))).toList();
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
        return people.stream().filter(p -> p.documents().contains(documentSlug)).toList();
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

    /** Whether which notes cite what is read (always, but for a bibliography read from a snapshot). */
    boolean notesRead() {
        return notes.isMade();
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
        List<String> words = List.of(Text.normalize(Objects.requireNonNull(query, "query")).split(" "));
        if (words.size() == 1 && words.get(0).isEmpty()) {
            return List.of();
        }
        return works.stream().filter(work -> {
            Set<String> known = searchWords(work);
            return words.stream().allMatch(word -> known.contains(word)
                    || (word.length() >= 3 && known.stream().anyMatch(k -> k.startsWith(word))));
        }).toList();
    }

    private Set<String> searchWords(Work work) {
        StringBuilder text = new StringBuilder();
        work.authors().forEach(a -> text.append(' ').append(a.display()));
        work.title().ifPresent(t -> text.append(' ').append(t.plain()));
        work.shortTitle().ifPresent(t -> text.append(' ').append(t.plain()));
        work.container().ifPresent(t -> text.append(' ').append(t));
        work.publisher().ifPresent(t -> text.append(' ').append(t));
        work.year().ifPresent(y -> text.append(' ').append(y));
        notes.get().pinpoints().getOrDefault(work.slug(), Set.of()).forEach(p -> text.append(' ').append(p));
        return new HashSet<>(List.of(Text.normalize(text.toString()).split(" ")));
    }

    /** A work while the notes are being read: facts accumulate, the slug is given at the end. */
    private static final class Draft {
        /** The order drafts were made in, which lookups honour. */
        final int serial;
        WorkType type = WorkType.UNKNOWN;
        List<Name> authors = List.of();
        List<Name> editors = List.of();
        Title title;
        Title shortTitle;
        String container;
        String number;
        String volume;
        String issue;
        String publisher;
        String place;
        OptionalInt year = OptionalInt.empty();
        String pages;
        String url;
        String shortForm;
        final Set<WorkSource> sources = EnumSet.noneOf(WorkSource.class);

        Draft(int serial) {
            this.serial = serial;
        }

        /** Whether any of {@code others} is compatible with any author; loops, as it runs for every candidate of every lookup. */
        boolean sameAuthors(List<Name> others) {
            for (Name other : others) {
                for (Name author : authors) {
                    if (author.compatible(other)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Matches a title or a short title, {@linkplain Text#normalize normalized}: the same title, or
         * one the other's first words.
         */
        boolean titled(String normalizedOther) {
            if (title == null) {
                return false;
            }
            String mine = normalizedTitle();
            return Text.normalizedTitleMatches(normalizedOther, mine) || Text.normalizedTitleMatches(mine, normalizedOther)
                    || (shortTitle != null && normalizedShortTitle().equals(normalizedOther));
        }

        /*
         * The normalized titles, kept for the title they were made from: a lookup compares one title
         * with many drafts, and normalizing each draft's title every time took most of the build.
         */
        private Title normalizedFrom;
        private String normalized;
        private Title normalizedShortFrom;
        private String normalizedShort;

        private String normalizedTitle() {
            if (normalizedFrom != title) {
                normalized = Text.normalize(title.plain());
                normalizedFrom = title;
            }
            return normalized;
        }

        private String normalizedShortTitle() {
            if (normalizedShortFrom != shortTitle) {
                normalizedShort = Text.normalize(shortTitle.plain());
                normalizedShortFrom = shortTitle;
            }
            return normalizedShort;
        }

        void absorb(Citation c) {
            if (type == WorkType.UNKNOWN) {
                type = WorkType.of(c.form());
            }
            // A full citation names authors more fully than a short form ("D. Byman", not "Byman").
            if (authors.isEmpty() || !c.form().isShort() && givenNames(c.authors()) > givenNames(authors)) {
                authors = c.authors().isEmpty() ? authors : c.authors();
            }
            if (title == null || (!c.form().isShort() && c.title().isPresent()
                    && c.title().get().plain().length() > title.plain().length())) {
                if (title != null && shortTitle == null && c.title().isPresent()
                        && Text.titleMatches(title.plain(), c.title().get().plain())) {
                    shortTitle = title;
                }
                title = c.title().orElse(title);
            }
            if (editors.isEmpty()) {
                editors = c.editors();
            }
            container = first(container, c.container());
            number = first(number, c.number());
            volume = first(volume, c.volume());
            issue = first(issue, c.issue());
            publisher = first(publisher, c.publisher());
            place = first(place, c.place());
            if (year.isEmpty()) {
                year = c.year();
            }
            url = first(url, c.url());
            sources.add(c.form().isShort() ? WorkSource.SHORT_FORM : WorkSource.FULL_NOTE);
            if (c.form().isShort() && shortForm == null) {
                shortForm = c.text();
            }
        }

        void absorb(Reference r) {
            if (type == WorkType.UNKNOWN) {
                type = r.type();
            }
            if (!r.authors().isEmpty() && (authors.isEmpty() || r.authors().stream().anyMatch(Name::hasFullGivenName))) {
                authors = r.authors();
            }
            if (title == null || r.title().plain().length() > title.plain().length()) {
                if (title != null && shortTitle == null && Text.titleMatches(title.plain(), r.title().plain())) {
                    shortTitle = title;
                }
                title = r.title();
            }
            if (shortTitle == null) {
                shortTitle = r.shortTitle().orElse(null);
            }
            if (!r.editors().isEmpty()) {
                editors = r.editors();
            }
            container = first(container, r.container());
            number = first(number, r.number());
            volume = first(volume, r.volume());
            issue = first(issue, r.issue());
            publisher = first(publisher, r.publisher());
            place = first(place, r.place());
            if (year.isEmpty()) {
                year = r.year();
            }
            pages = first(pages, r.pages());
            url = first(url, r.url());
            sources.add(WorkSource.REFERENCES);
        }

        private static long givenNames(List<Name> names) {
            return names.stream().filter(n -> n.given().isPresent()).count();
        }

        private static String first(String current, Optional<String> other) {
            return current != null ? current : other.orElse(null);
        }

        Work freeze(String slug) {
            return new Work(slug, type, authors, editors, Optional.ofNullable(title), Optional.ofNullable(shortTitle),
                    Optional.ofNullable(container), Optional.ofNullable(number), Optional.ofNullable(volume),
                    Optional.ofNullable(issue), Optional.ofNullable(publisher), Optional.ofNullable(place), year,
                    Optional.ofNullable(pages), Optional.ofNullable(url), Optional.ofNullable(shortForm), sources);
        }
    }

    /**
     * A book a document's own text names ({@link #NAMED_BOOK}): where, the words matched, and the
     * title's and publisher's HTML as written (the publisher null when not given).
     */
    private record NamedBook(int paragraph, String text, String title, String publisher) {
    }

    /** The books {@code document}'s paragraphs name, in reading order. */
    private static List<NamedBook> namedBooks(Document document) {
        List<NamedBook> books = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            String html = paragraph.html();
            // Most paragraphs italicise nothing: the pattern, case-blind, would try every position.
            if (!html.contains("<em>")) {
                continue;
            }
            Matcher named = NAMED_BOOK.matcher(html);
            while (named.find()) {
                books.add(new NamedBook(paragraph.number(), named.group(), named.group(1), named.group(2)));
            }
        }
        return books;
    }

    private record DraftCitation(String documentSlug, String label, Citation citation, Draft draft) {
    }

    private record DraftMention(Draft draft, String documentSlug, int paragraph, String text) {
    }

    private static final class Builder {
        /** Holds no state: one parser reads notes on every thread. */
        private final NoteParser parser = new NoteParser();
        private final Canonical canonical = new Canonical();
        private final List<Draft> drafts = new ArrayList<>();
        /*
         * The titled drafts by their normalized title and short title (a draft stays filed under a
         * title it has outgrown: a lookup checks each draft as it is now), and the untitled ones by
         * their authors' family names. A title matches one that is its first words or begins with it,
         * so a lookup asks for each of its own word prefixes and for the range of titles beginning
         * with it: a few map lookups, whatever the size of the library. Under each title the drafts
         * are filed by their authors' family names, normalized ("" with no author), since many works
         * may share a title and only a shared family name can make them the same.
         */
        private final TreeMap<String, Map<String, Set<Draft>>> byTitle = new TreeMap<>();
        private final Map<String, Map<String, Set<Draft>>> byShortTitle = new HashMap<>();
        private final Map<String, Set<Draft>> untitledByFamily = new HashMap<>();
        private final List<DraftMention> mentions = new ArrayList<>();
        private final Map<String, List<Map.Entry<String, List<DraftCitation>>>> notes = new LinkedHashMap<>();

        Bibliography build(Library library, References references, Optional<Earlier> earlier) {
            for (Reference reference : references.entries()) {
                Draft draft = findKnown(reference.authors(), reference.title().plain()).orElseGet(this::newDraft);
                draft.absorb(reference);
                index(draft);
            }
            for (Document document : library.documents()) {
                namedWorks(document);
            }
            ParsedNotes.inOrder(library.documents(), parser,
                    document -> earlier.flatMap(before -> before.citations(document)), this::readNotes);
            return freeze(library, references);
        }

        private Draft newDraft() {
            Draft draft = new Draft(drafts.size());
            drafts.add(draft);
            return draft;
        }

        /** Files a draft under what {@link #findKnown} and untitled lookups ask for; idempotent. */
        private void index(Draft draft) {
            if (draft.title != null) {
                file(byTitle.computeIfAbsent(draft.normalizedTitle(), t -> new HashMap<>()), draft);
                if (draft.shortTitle != null) {
                    file(byShortTitle.computeIfAbsent(draft.normalizedShortTitle(), t -> new HashMap<>()), draft);
                }
            } else {
                for (Name author : draft.authors) {
                    untitledByFamily.computeIfAbsent(Text.normalize(author.family()), f -> new LinkedHashSet<>()).add(draft);
                }
            }
        }

        private static void file(Map<String, Set<Draft>> byFamily, Draft draft) {
            if (draft.authors.isEmpty()) {
                byFamily.computeIfAbsent("", f -> new LinkedHashSet<>()).add(draft);
            }
            for (Name author : draft.authors) {
                byFamily.computeIfAbsent(Text.normalize(author.family()), f -> new LinkedHashSet<>()).add(draft);
            }
        }

        /**
         * {@link #find} over every draft of the library, through the index: of the drafts that match,
         * the one made last.
         */
        private Optional<Draft> findKnown(List<Name> authors, String title) {
            String normalized = Text.normalize(title);
            List<Map<String, Set<Draft>>> titles = new ArrayList<>();
            // Titles that begin with this one (or are it): keys hold letters, digits and single spaces.
            titles.addAll(byTitle.subMap(normalized, true, normalized + " \uffff", true).values());
            // Titles that are this one's first words.
            for (int space = normalized.indexOf(' '); space > 0; space = normalized.indexOf(' ', space + 1)) {
                Map<String, Set<Draft>> shorter = byTitle.get(normalized.substring(0, space));
                if (shorter != null) {
                    titles.add(shorter);
                }
            }
            Map<String, Set<Draft>> shortTitled = byShortTitle.get(normalized);
            if (shortTitled != null) {
                titles.add(shortTitled);
            }
            // Without authors any draft so titled may match; with them, only one sharing a family name.
            List<String> families = authors.stream().map(author -> Text.normalize(author.family())).distinct().toList();
            Draft found = null;
            for (Map<String, Set<Draft>> byFamily : titles) {
                for (Set<Draft> drafts : families.isEmpty() ? byFamily.values()
                        : families.stream().map(f -> byFamily.getOrDefault(f, Set.of())).toList()) {
                    for (Draft draft : drafts) {
                        if ((found == null || draft.serial > found.serial) && matches(draft, authors, normalized)) {
                            found = draft;
                        }
                    }
                }
            }
            return Optional.ofNullable(found);
        }

        /** The title first: it is compared without normalizing anything again, the authors are not. */
        private static boolean matches(Draft draft, List<Name> authors, String normalizedTitle) {
            return draft.titled(normalizedTitle) && (authors.isEmpty() || draft.sameAuthors(authors));
        }

        /** The first untitled draft (in the order drafts were made) by a compatible author. */
        private Optional<Draft> untitledBy(List<Name> authors) {
            return authors.stream()
                    .flatMap(a -> untitledByFamily.getOrDefault(Text.normalize(a.family()), Set.of()).stream())
                    .filter(d -> d.title == null && d.sameAuthors(authors))
                    .min(Comparator.comparingInt((Draft d) -> d.serial));
        }

        private static Optional<Draft> find(List<Name> authors, String title, List<Draft> among) {
            String normalized = Text.normalize(title);
            for (int i = among.size() - 1; i >= 0; i--) {
                Draft draft = among.get(i);
                if (matches(draft, authors, normalized)) {
                    return Optional.of(draft);
                }
            }
            return Optional.empty();
        }

        private void namedWorks(Document document) {
            List<Name> authors = document.metadata().authors().stream().map(Name::parse).toList();
            if (authors.isEmpty()) {
                return;
            }
            for (NamedBook book : namedBooks(document)) {
                String title = Title.clean(Jsoup.parse(book.title()).text()).strip();
                if (title.isEmpty()) {
                    continue;
                }
                Draft draft = findKnown(authors, title).orElseGet(this::newDraft);
                Optional<String> publisher = Optional.ofNullable(book.publisher()).map(p -> Jsoup.parse(p).text().strip());
                draft.absorb(new Citation(CitationForm.BOOK, book.text(), authors, Optional.of(Title.of(title)), true,
                        Optional.empty(), publisher, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), List.of(),
                        Optional.empty()));
                draft.sources.remove(WorkSource.FULL_NOTE);
                draft.sources.add(WorkSource.DOCUMENT_TEXT);
                index(draft);
                mentions.add(new DraftMention(draft, document.slug(), book.paragraph(), title));
            }
        }

        /** Resolves the notes of {@code document}, given the citations the parser read in each. */
        private void readNotes(Document document, List<List<Citation>> parsedNotes) {
            List<Draft> citedHere = new ArrayList<>();
            List<Map.Entry<String, List<DraftCitation>>> resolved = new ArrayList<>();
            Draft last = null;
            for (int n = 0; n < parsedNotes.size(); n++) {
                Note note = document.notes().get(n);
                List<DraftCitation> citations = new ArrayList<>();
                for (Citation parsed : parsedNotes.get(n)) {
                    Citation citation = canonical.of(parsed);
                    Draft draft = resolve(citation, citedHere, last);
                    if (draft != null) {
                        if (citation.form() != CitationForm.IBID) {
                            draft.absorb(citation);
                            index(draft);
                        }
                        citedHere.add(draft);
                        last = draft;
                    }
                    citations.add(new DraftCitation(document.slug(), note.label(), citation, draft));
                }
                resolved.add(Map.entry(note.label(), citations));
            }
            notes.put(document.slug(), resolved);
        }

        /** The work a citation points to, creating it when the library does not know it yet; null for a lone Ibid. */
        private Draft resolve(Citation citation, List<Draft> citedHere, Draft last) {
            switch (citation.form()) {
                case IBID:
                    return last;
                case SHORT_AUTHOR_PAGE: {
                    for (int i = citedHere.size() - 1; i >= 0; i--) {
                        if (citedHere.get(i).sameAuthors(citation.authors())) {
                            return citedHere.get(i);
                        }
                    }
                    // An author-and-page form elsewhere in the library names no title, so another
                    // untitled work by the same author is the only thing it may safely share.
                    return untitledBy(citation.authors()).orElseGet(this::newDraft);
                }
                default: {
                    String title = citation.title().orElseThrow().plain();
                    Optional<Draft> found = find(citation.authors(), title, citedHere);
                    if (found.isEmpty()) {
                        found = findKnown(citation.authors(), title);
                    }
                    if (found.isPresent() && citation.form() == CitationForm.SHORT_TITLE) {
                        Draft draft = found.get();
                        if (draft.shortTitle == null && draft.title != null
                                && !Text.normalize(draft.title.plain()).equals(Text.normalize(title))) {
                            draft.shortTitle = citation.title().orElseThrow();
                            index(draft);
                        }
                    }
                    return found.orElseGet(this::newDraft);
                }
            }
        }

        private Bibliography freeze(Library library, References references) {
            Map<Draft, String> slugs = new IdentityHashMap<>();
            UniqueSlugs taken = new UniqueSlugs();
            for (Draft draft : drafts) {
                slugs.put(draft, taken.unique(workSlug(draft)));
            }
            Map<Draft, Work> frozen = new IdentityHashMap<>();
            drafts.forEach(d -> frozen.put(d, d.freeze(slugs.get(d))));
            List<Work> works = frozen.values().stream().map(SortKey::of).sorted(SortKey.ORDER).map(SortKey::work).toList();

            // One Optional per work, not one per citation of it.
            Map<Draft, Optional<Work>> cited = new IdentityHashMap<>();
            Map<String, List<ResolvedNote>> resolvedNotes = new LinkedHashMap<>();
            for (Document document : library.documents()) {
                List<ResolvedNote> documentNotes = new ArrayList<>();
                for (Map.Entry<String, List<DraftCitation>> note : notes.get(document.slug())) {
                    List<ResolvedCitation> resolved = new ArrayList<>();
                    for (DraftCitation c : note.getValue()) {
                        Optional<Work> work = c.draft() == null ? Optional.empty()
                                : cited.computeIfAbsent(c.draft(), draft -> Optional.of(frozen.get(draft)));
                        resolved.add(new ResolvedCitation(c.citation(), work));
                    }
                    documentNotes.add(new ResolvedNote(document.slug(), note.getKey(), resolved));
                }
                resolvedNotes.put(document.slug(), documentNotes);
            }
            List<Mention> mentionList = mentions.stream()
                    .map(m -> new Mention(slugs.get(m.draft()), m.documentSlug(), m.paragraph(), m.text())).distinct().toList();
            List<Person> people = people(library, works);
            return new Bibliography(works, people, citationsByWork(resolvedNotes), mentionList, resolvedNotes,
                    sentenceCase(library, people), references);
        }

        /** The names APA's sentence case keeps: every organization and person the library lists, and every author. */
        private static SentenceCase sentenceCase(Library library, List<Person> people) {
            List<String> names = new ArrayList<>();
            library.entities().forEach(entity -> names.addAll(entity.names()));
            for (Person person : people) {
                names.add(person.name().display());
                names.add(person.name().surname());
                person.name().given().ifPresent(names::add);
            }
            return SentenceCase.keeping(names);
        }

        /**
         * What works are listed by: the first author's family name (works without one last), the year
         * (undated last), titled before untitled, the title, the slug; normalized once per work, not
         * once per comparison.
         */
        private record SortKey(String family, int year, boolean untitled, String title, Work work) {
            static final Comparator<SortKey> ORDER = Comparator.comparing(SortKey::family)
                    .thenComparingInt(SortKey::year)
                    .thenComparing(SortKey::untitled)
                    .thenComparing(SortKey::title)
                    .thenComparing(key -> key.work().slug());

            static SortKey of(Work w) {
                return new SortKey(w.authors().isEmpty() ? "\uffff" : Text.normalize(w.authors().get(0).family()),
                        w.year().orElse(Integer.MAX_VALUE), w.title().isEmpty(),
                        Text.normalize(w.title().map(Title::plain).orElse("")), w);
            }
        }

        private static String workSlug(Draft draft) {
            String author = draft.authors.isEmpty() ? "anonymous" : Text.slug(draft.authors.get(0).surname(), 3, "anonymous");
            String title = draft.shortTitle != null ? draft.shortTitle.plain()
                    : draft.title == null ? null : draft.title.plain().split(":", 2)[0];
            String words = title == null ? "untitled" : Text.slug(title, 6, "");
            return words.isEmpty() ? author : author + "-" + words;
        }

        /**
         * Slugs made unique in the order asked for: the first as it is, the next {@code -2}, {@code -3}
         * and so on, skipping any taken. Each slug's last number is remembered, so a slug asked for
         * a thousand times (a work cited under a thousand titles alike) is not tried a thousand times.
         */
        private static final class UniqueSlugs {
            private final Set<String> taken = new HashSet<>();
            private final Map<String, Integer> lastNumber = new HashMap<>();

            String unique(String slug) {
                if (taken.add(slug)) {
                    return slug;
                }
                // Every number below the last one given is taken, and stays so: the set only grows.
                int n = lastNumber.getOrDefault(slug, 1);
                String candidate;
                do {
                    n++;
                    candidate = slug + "-" + n;
                } while (!taken.add(candidate));
                lastNumber.put(slug, n);
                return candidate;
            }
        }

        /** Everyone who wrote a work or a document, merged by family name and compatible given names. */
        private static List<Person> people(Library library, List<Work> works) {
            List<Set<Name>> groups = new ArrayList<>();
            Map<String, List<Integer>> byFamily = new HashMap<>();
            Map<Name, Integer> placed = new HashMap<>();
            Map<Integer, Set<String>> workSlugs = new HashMap<>();
            Map<Integer, Set<String>> documentSlugs = new HashMap<>();
            for (Document document : library.documents()) {
                for (String author : document.metadata().authors()) {
                    add(documentSlugs, group(Name.parse(author), groups, byFamily, placed), document.slug());
                }
            }
            for (Work work : works) {
                for (Name author : work.authors()) {
                    add(workSlugs, group(author, groups, byFamily, placed), work.slug());
                }
            }
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Name name = groups.get(i).stream().max(Comparator.comparingInt(Builder::fullness)).orElseThrow();
                String slug = listedPerson(library, name).orElseGet(() ->
                        name.hasFullGivenName() ? Text.slug(name.display(), 6, "person") : Text.slug(name.surname(), 3, "person"));
                people.add(new Person(slug, name, List.copyOf(workSlugs.getOrDefault(i, Set.of())),
                        List.copyOf(documentSlugs.getOrDefault(i, Set.of()))));
            }
            // Listed by family and given name, normalized once per person, not once per comparison.
            record Keyed(Person person, String family, String given) {
            }
            UniqueSlugs taken = new UniqueSlugs();
            return people.stream()
                    .map(p -> new Keyed(p, Text.normalize(p.name().family()), Text.normalize(p.name().given().orElse(""))))
                    .sorted(Comparator.comparing(Keyed::family).thenComparing(Keyed::given)).map(Keyed::person)
                    .map(p -> new Person(taken.unique(p.slug()), p.name(), p.works(), p.documents())).toList();
        }

        /**
         * The slug of the person in content/people.yaml who bears this name, so that one page serves
         * both what the library says about a person and what it cites of theirs.
         */
        private static Optional<String> listedPerson(Library library, Name name) {
            return library.entities().stream()
                    .filter(entity -> entity.kind() == org.concordance.content.EntryKind.PERSON)
                    .filter(entity -> entity.names().stream().anyMatch(listed ->
                            Text.normalize(listed).equals(Text.normalize(name.display()))
                                    || Text.normalize(listed).equals(Text.normalize(name.surname()))))
                    // The surname alone is not enough: "Anne Moghadam" is not the listed Assaf Moghadam.
                    .filter(entity -> entity.names().stream().map(Name::parse).filter(listed -> listed.given().isPresent())
                            .allMatch(listed -> listed.compatible(name)))
                    .map(org.concordance.content.Entry::slug)
                    .findFirst();
        }

        private static void add(Map<Integer, Set<String>> map, int group, String slug) {
            map.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(slug);
        }

        /**
         * The index of the group of names {@code name} belongs to (every name in it compatible with
         * this one), starting a new group if none. Only groups of the same family name can match, so
         * only those are tried; a group keeps each distinct name once. A name met before goes where it
         * went then ({@code placed}): no group before that one can have become compatible with it, as
         * groups only grow, so trying them again would give the same answer, name by name.
         */
        private static int group(Name name, List<Set<Name>> groups, Map<String, List<Integer>> byFamily,
                Map<Name, Integer> placed) {
            Integer before = placed.get(name);
            if (before != null) {
                return before;
            }
            int group = newOrCompatibleGroup(name, groups, byFamily);
            placed.put(name, group);
            return group;
        }

        private static int newOrCompatibleGroup(Name name, List<Set<Name>> groups, Map<String, List<Integer>> byFamily) {
            List<Integer> candidates = byFamily.computeIfAbsent(Text.normalize(name.family()), f -> new ArrayList<>());
            for (int i : candidates) {
                if (groups.get(i).contains(name) || groups.get(i).stream().allMatch(known -> known.compatible(name))) {
                    groups.get(i).add(name);
                    return i;
                }
            }
            groups.add(new LinkedHashSet<>(List.of(name)));
            candidates.add(groups.size() - 1);
            return groups.size() - 1;
        }

        private static int fullness(Name name) {
            return name.hasFullGivenName() ? 2 : name.given().isPresent() ? 1 : 0;
        }
    }
}
