package org.concordance.citations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Note;
import org.concordance.content.Title;
import org.jsoup.Jsoup;

/**
 * Builds a {@link Bibliography}: the editor's references first, then the books the documents' own
 * text names, then every note in library order, each citation resolved to the work it cites (a
 * {@link WorkDraft} while facts accumulate), and last the works frozen, sorted and given slugs, and
 * their authors grouped into {@link People}. One builder builds one bibliography, on one thread.
 */
final class BibliographyBuilder {
    private record DraftCitation(String documentSlug, String label, Citation citation, WorkDraft draft) {
    }

    private record DraftMention(WorkDraft draft, String documentSlug, int paragraph, String text) {
    }

    /** Holds no state: one parser reads notes on every thread. */
    private final NoteParser parser = new NoteParser();
    private final Canonical canonical = new Canonical();
    private final List<WorkDraft> drafts = new ArrayList<>();
    /*
     * The titled drafts by their normalized title and short title (a draft stays filed under a
     * title it has outgrown: a lookup checks each draft as it is now), and the untitled ones by
     * their authors' family names. A title matches one that is its first words or begins with it,
     * so a lookup asks for each of its own word prefixes and for the range of titles beginning
     * with it: a few map lookups, whatever the size of the library. Under each title the drafts
     * are filed by their authors' family names, normalized ("" with no author), since many works
     * may share a title and only a shared family name can make them the same.
     */
    private final TreeMap<String, Map<String, NavigableSet<WorkDraft>>> byTitle = new TreeMap<>();
    private final Map<String, Map<String, NavigableSet<WorkDraft>>> byShortTitle = new HashMap<>();
    private final Map<String, Set<WorkDraft>> untitledByFamily = new HashMap<>();
    private final List<DraftMention> mentions = new ArrayList<>();
    private final Map<String, List<Map.Entry<String, List<DraftCitation>>>> notes = new LinkedHashMap<>();

    Bibliography build(Library library, References references, Optional<Bibliography.Earlier> earlier) {
        for (Reference reference : references.entries()) {
            WorkDraft draft = findKnown(reference.authors(), reference.title().plain(), any -> true).orElseGet(this::newDraft);
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

    private WorkDraft newDraft() {
        WorkDraft draft = new WorkDraft(drafts.size());
        drafts.add(draft);
        return draft;
    }

    /** Files a draft under what {@link #findKnown} and untitled lookups ask for; idempotent. */
    private void index(WorkDraft draft) {
        if (draft.title != null) {
            file(byTitle.computeIfAbsent(draft.titleKey(), t -> new HashMap<>()), draft);
            if (draft.shortTitle != null) {
                file(byShortTitle.computeIfAbsent(draft.shortTitleKey(), t -> new HashMap<>()), draft);
            }
        } else {
            for (Name author : draft.listedBy()) {
                untitledByFamily.computeIfAbsent(Text.normalize(author.family()), f -> new LinkedHashSet<>()).add(draft);
            }
        }
    }

    /**
     * Files a draft under its authors' family names, each set in the order drafts were made, so that
     * a lookup reads the latest first and stops at the first that matches ({@link #findKnown}).
     */
    private static void file(Map<String, NavigableSet<WorkDraft>> byFamily, WorkDraft draft) {
        if (draft.listedBy().isEmpty()) {
            byFamily.computeIfAbsent("", f -> new TreeSet<>(MADE_FIRST)).add(draft);
        }
        for (Name author : draft.listedBy()) {
            byFamily.computeIfAbsent(Text.normalize(author.family()), f -> new TreeSet<>(MADE_FIRST)).add(draft);
        }
    }

    /** Drafts in the order they were made: a draft's serial is its place in {@link #drafts}, one per draft. */
    private static final Comparator<WorkDraft> MADE_FIRST = Comparator.comparingInt(draft -> draft.serial);
    private static final NavigableSet<WorkDraft> EMPTY = Collections.emptyNavigableSet();

    /**
     * {@link #find} over every draft of the library, through the index: of the drafts that match
     * and {@code admit} the citation, the one made last.
     */
    private Optional<WorkDraft> findKnown(List<Name> authors, String title, Predicate<WorkDraft> admit) {
        String normalized = Text.titleKey(title);
        List<Map<String, NavigableSet<WorkDraft>>> titles = new ArrayList<>();
        // Titles that begin with this one (or are it): keys hold letters, digits and single spaces.
        titles.addAll(byTitle.subMap(normalized, true, normalized + " \uffff", true).values());
        // Titles that are this one's first words.
        for (int space = normalized.indexOf(' '); space > 0; space = normalized.indexOf(' ', space + 1)) {
            Map<String, NavigableSet<WorkDraft>> shorter = byTitle.get(normalized.substring(0, space));
            if (shorter != null) {
                titles.add(shorter);
            }
        }
        Map<String, NavigableSet<WorkDraft>> shortTitled = byShortTitle.get(normalized);
        if (shortTitled != null) {
            titles.add(shortTitled);
        }
        // Without authors any draft so titled may match; with them, only one sharing a family name.
        List<String> families = authors.stream().map(author -> Text.normalize(author.family())).distinct().toList();
        WorkDraft found = null;
        for (Map<String, NavigableSet<WorkDraft>> byFamily : titles) {
            for (NavigableSet<WorkDraft> drafts : families.isEmpty() ? byFamily.values()
                    : families.stream().map(f -> byFamily.getOrDefault(f, EMPTY)).toList()) {
                // The latest first: the first that matches is this set's latest, and none after an
                // earlier one than found can be later than it. At 10,003 generated documents a set
                // held 17 drafts on average, and every one was compared with every citation.
                for (WorkDraft draft : drafts.descendingSet()) {
                    if (found != null && draft.serial <= found.serial) {
                        break;
                    }
                    if (matches(draft, authors, normalized) && admit.test(draft)) {
                        found = draft;
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The title first: it is compared without normalizing anything again, the authors are not. */
    private static boolean matches(WorkDraft draft, List<Name> authors, String normalizedTitle) {
        return draft.titled(normalizedTitle) && (authors.isEmpty() || draft.sameAuthors(authors));
    }

    /** The first untitled draft (in the order drafts were made) by a compatible author. */
    private Optional<WorkDraft> untitledBy(List<Name> authors) {
        return authors.stream()
                .flatMap(a -> untitledByFamily.getOrDefault(Text.normalize(a.family()), Set.of()).stream())
                .filter(d -> d.title == null && d.sameAuthors(authors))
                .min(Comparator.comparingInt((WorkDraft d) -> d.serial));
    }

    private static Optional<WorkDraft> find(List<Name> authors, String title, List<WorkDraft> among,
            Predicate<WorkDraft> admit) {
        String normalized = Text.titleKey(title);
        for (int i = among.size() - 1; i >= 0; i--) {
            WorkDraft draft = among.get(i);
            if (matches(draft, authors, normalized) && admit.test(draft)) {
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
        for (NamedBook book : NamedBook.in(document)) {
            String title = Title.clean(Jsoup.parse(book.title()).text()).strip();
            if (title.isEmpty()) {
                continue;
            }
            Optional<String> publisher = Optional.ofNullable(book.publisher()).map(p -> Jsoup.parse(p).text().strip());
            Citation named = new Citation(CitationForm.BOOK, book.text(), authors, Optional.of(Title.of(title)), true,
                    Optional.empty(), publisher, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty());
            WorkDraft draft = findKnown(authors, title, known -> known.admits(named, true)).orElseGet(this::newDraft);
            draft.absorb(named);
            draft.sources.remove(WorkSource.FULL_NOTE);
            draft.sources.add(WorkSource.DOCUMENT_TEXT);
            index(draft);
            mentions.add(new DraftMention(draft, document.slug(), book.paragraph(), title));
        }
    }

    /** Resolves the notes of {@code document}, given the citations the parser read in each. */
    private void readNotes(Document document, List<List<Citation>> parsedNotes) {
        List<WorkDraft> citedHere = new ArrayList<>();
        List<Map.Entry<String, List<DraftCitation>>> resolved = new ArrayList<>();
        WorkDraft last = null;
        for (int n = 0; n < parsedNotes.size(); n++) {
            Note note = document.notes().get(n);
            List<DraftCitation> citations = new ArrayList<>();
            for (Citation parsed : parsedNotes.get(n)) {
                Citation citation = canonical.of(parsed);
                WorkDraft draft = resolve(citation, citedHere, last);
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
    private WorkDraft resolve(Citation citation, List<WorkDraft> citedHere, WorkDraft last) {
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
                // The document's own works first, then the library's. A short title looks for a work
                // whose title is set as it sets it (italics, quotes) before any of its title.
                // An edited book is cited by its editors, and found by them.
                List<Name> authors = citation.authors().isEmpty() ? citation.editors() : citation.authors();
                Predicate<WorkDraft> strict = draft -> draft.admits(citation, true);
                boolean loosens = citation.form() == CitationForm.SHORT_TITLE;
                Predicate<WorkDraft> loose = draft -> draft.admits(citation, false);
                Optional<WorkDraft> found = find(authors, title, citedHere, strict)
                        .or(() -> loosens ? find(authors, title, citedHere, loose) : Optional.empty())
                        .or(() -> findKnown(authors, title, strict))
                        .or(() -> loosens ? findKnown(authors, title, loose) : Optional.empty());
                if (found.isPresent() && citation.form() == CitationForm.SHORT_TITLE) {
                    WorkDraft draft = found.get();
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
        Map<WorkDraft, String> slugs = new IdentityHashMap<>();
        UniqueSlugs taken = new UniqueSlugs();
        for (WorkDraft draft : drafts) {
            slugs.put(draft, taken.unique(workSlug(draft)));
        }
        Map<WorkDraft, Work> frozen = new IdentityHashMap<>();
        drafts.forEach(d -> frozen.put(d, d.freeze(slugs.get(d))));
        List<Work> works = frozen.values().stream().map(SortKey::of).sorted(SortKey.ORDER).map(SortKey::work).toList();

        // One Optional per work, not one per citation of it.
        Map<WorkDraft, Optional<Work>> cited = new IdentityHashMap<>();
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
        List<Person> people = People.of(library, works);
        return new Bibliography(works, people, Bibliography.citationsByWork(resolvedNotes), mentionList, resolvedNotes,
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
     * What works are listed by: the family name of the first author (or an edited book's first
     * editor; works without one last), the year
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
            List<Name> names = w.authors().isEmpty() ? w.editors() : w.authors();
            return new SortKey(names.isEmpty() ? "\uffff" : Text.normalize(names.get(0).family()),
                    w.year().orElse(Integer.MAX_VALUE), w.title().isEmpty(),
                    Text.normalize(w.title().map(Title::plain).orElse("")), w);
        }
    }

    private static String workSlug(WorkDraft draft) {
        // An edited book is named by its first editor, as it is listed.
        List<Name> names = draft.listedBy();
        String author = names.isEmpty() ? "anonymous" : Text.slug(names.get(0).surname(), 3, "anonymous");
        String title = draft.shortTitle != null ? draft.shortTitle.plain()
                : draft.title == null ? null : draft.title.plain().split(":", 2)[0];
        String words = title == null ? "untitled" : Text.slug(title, 6, "");
        return words.isEmpty() ? author : author + "-" + words;
    }
}
