package org.concordance.citations;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.concordance.content.Document;
import org.concordance.content.Library;

/**
 * While a bibliography is built again after an edit, follows the build before's {@link Decisions}
 * for every document the edit cannot have changed, instead of looking its citations up: an edit to
 * the title a full note cites, say, would otherwise resolve every note of the library again, in
 * order (1.3-1.6 s at 10,003 generated documents, of a watched edit's 4-7 s). The notes are still
 * read in document order and every citation absorbed into its draft, so the drafts, their serials
 * and the works frozen from them are those the whole resolution gives; only the lookups are left out.
 *
 * <p>Why following is the same as looking up. Before the notes, the build makes the same drafts in
 * the same order (the same references, documents and books named in their text: {@link #of}
 * checks). A draft is <em>dirty</em> once what it absorbed may differ from what it had absorbed at
 * the same point of the build before; every other draft is as it was then. A lookup reads only
 * the drafts the document's own citations found before it, and drafts filed under the title keys
 * related to its title (one the other's first words) and its authors' family names (all families
 * without authors) or, for an author and page alone, under those family names; it picks one by
 * their state and serial order (which the drafts made in both builds keep). So a document whose
 * decisions before found only drafts that are not dirty (or that it made itself), and none of
 * whose lookups reads a key a dirty draft is filed under, decides as it did: a draft it did not
 * pick before can change the pick only by matching now, which takes a dirty draft under a key it
 * reads. Any other document is looked up; where a citation's decision then differs from the one
 * before, or the citation itself does (an edited note), the drafts on either side are dirty.
 * {@code EditedNotesTest} compares the result with a whole resolution, edit after edit.
 *
 * <p>One per build, on the build's thread.
 */
final class Replay {
    /** Up to this many dirty titles, a title's first words are found by comparing it with each. */
    private static final int FEW = 16;
    private final Library before;
    private final Bibliography earlier;
    private final Decisions decisions;
    /** The drafts of this build, by serial: the builder's own list. */
    private final List<WorkDraft> drafts;
    /** This build's draft for each serial of the build before; null where none corresponds (yet). */
    private final WorkDraft[] mapped;
    private final Set<WorkDraft> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The title and short-title keys any dirty draft was ever filed under, each with the family-name
     * keys of those it was ever listed by ("" for none): more pairs than it was filed under, never fewer.
     */
    private final TreeMap<String, Set<String>> dirtyTitles = new TreeMap<>();
    /** The family-name keys any dirty draft was ever listed by ("" for none). */
    private final Set<String> dirtyFamilies = new HashSet<>();
    private int lookedUp;
    /** Titles' keys, each made once: a library cites the same works over and over. */
    private final Map<String, String> titleKeys = new HashMap<>();

    private Replay(Library before, Bibliography earlier, Decisions decisions, List<WorkDraft> drafts) {
        this.before = before;
        this.earlier = earlier;
        this.decisions = decisions;
        this.drafts = drafts;
        int serials = decisions.madeBeforeNotes();
        for (int[] document : decisions.byDocument().values()) {
            for (int decision : document) {
                if (decision != Decisions.NONE) {
                    serials = Math.max(serials, Decisions.serial(decision) + 1);
                }
            }
        }
        this.mapped = new WorkDraft[serials];
    }

    /**
     * A replay of {@code earlier}'s decisions for a build of {@code library}, when they can be
     * followed: the same references and listed entries, the same documents (by slug) in the same
     * order, and every document that is not the very object it was with the same authors and the
     * same books named in its text (the drafts made before the notes are then the same).
     *
     * @param drafts the builder's drafts, by serial, which the replay reads as they are made
     */
    static Optional<Replay> of(Optional<Bibliography.Earlier> earlier, Library library, References references,
            List<WorkDraft> drafts) {
        if (earlier.isEmpty() || !earlier.get().sameAround(library, references)) {
            return Optional.empty();
        }
        List<Document> was = earlier.get().library().documents();
        List<Document> is = library.documents();
        for (int i = 0; i < is.size(); i++) {
            if (was.get(i) != is.get(i) && !Bibliography.Earlier.sameBesideNotes(was.get(i), is.get(i))) {
                return Optional.empty();
            }
        }
        return earlier.get().bibliography().decisions()
                .map(decisions -> new Replay(earlier.get().library(), earlier.get().bibliography(), decisions, drafts));
    }

    /**
     * Called once the drafts before the notes are made: whether they are as many as before (else
     * nothing can be followed, and every document is looked up); maps each to its serial before.
     */
    boolean notesBegin() {
        if (drafts.size() != decisions.madeBeforeNotes()) {
            return false;
        }
        for (int serial = 0; serial < drafts.size(); serial++) {
            mapped[serial] = drafts.get(serial);
        }
        return true;
    }

    /**
     * The decisions before for {@code document}'s citations, when they can be followed as they are
     * (class comment); null when its citations must be looked up.
     *
     * @param citations each note's citations, as the build reads them
     */
    int[] followable(Document document, List<List<Citation>> citations) {
        int[] old = decisions.byDocument().get(document.slug());
        if (old == null || before.document(document.slug()).orElse(null) != document) {
            return null;
        }
        int count = 0;
        for (List<Citation> note : citations) {
            count += note.size();
        }
        if (count != old.length) {
            return null;
        }
        for (int i = 0; i < old.length; i++) {
            int decision = old[i];
            if (decision >= 0 && !madeBefore(old, i, decision) && (mapped[decision] == null || dirty.contains(mapped[decision]))) {
                return null;
            }
        }
        if (!dirty.isEmpty()) {
            for (List<Citation> note : citations) {
                for (Citation citation : note) {
                    if (readsDirty(citation)) {
                        return null;
                    }
                }
            }
        }
        return old;
    }

    /** Whether the draft of serial {@code serial} was made by one of the document's citations before the {@code i}th: it is made again, as it was. */
    private static boolean madeBefore(int[] decisions, int i, int serial) {
        for (int j = 0; j < i; j++) {
            if (decisions[j] == Decisions.made(serial)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lookup of {@code citation} reads a key a dirty draft is filed under. */
    private boolean readsDirty(Citation citation) {
        switch (citation.form()) {
            case IBID:
                return false; // it takes the draft cited before it, which the decisions say
            case SHORT_AUTHOR_PAGE, PLAIN_TITLE:
                // Both read the drafts filed under their authors' family names (PlainTitles).
                for (Name author : citation.authors()) {
                    if (dirtyFamilies.contains(Text.normalize(author.family()))) {
                        return true;
                    }
                }
                return false;
            default:
                String key = titleKeys.computeIfAbsent(citation.title().orElseThrow().plain(), Text::titleKey);
                // A lookup with authors reads only the drafts filed under their family names; one
                // without (nor editors) reads every draft so titled. Walked without views or sets:
                // this runs for every citation of a document followed (58 MB a build made as views).
                List<Name> authors = citation.authors().isEmpty() ? citation.editors() : citation.authors();
                // Titles that begin with this one, or are it (short titles are among the keys too).
                String last = key + " \uffff";
                for (Map.Entry<String, Set<String>> filed = dirtyTitles.ceilingEntry(key);
                        filed != null && filed.getKey().compareTo(last) <= 0; filed = dirtyTitles.higherEntry(filed.getKey())) {
                    if (listedBy(filed.getValue(), authors)) {
                        return true;
                    }
                }
                // Titles that are its first words: a dirty title followed in the key by a space. An
                // edit dirties a few drafts, whose titles are compared; after a larger one, each of
                // the key's first words is looked up.
                if (dirtyTitles.size() <= FEW) {
                    for (Map.Entry<String, Set<String>> filed : dirtyTitles.entrySet()) {
                        String title = filed.getKey();
                        if (!title.isEmpty() && key.length() > title.length() && key.charAt(title.length()) == ' '
                                && key.startsWith(title) && listedBy(filed.getValue(), authors)) {
                            return true;
                        }
                    }
                    return false;
                }
                for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                    Set<String> listed = dirtyTitles.get(key.substring(0, space));
                    if (listed != null && listedBy(listed, authors)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** Whether a lookup by {@code authors} reads drafts listed by {@code families}: any, without authors. */
    private static boolean listedBy(Set<String> families, List<Name> authors) {
        if (authors.isEmpty()) {
            return true;
        }
        for (Name author : authors) {
            if (families.contains(Text.normalize(author.family()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The draft a followed decision names: none, the draft found (this build's for its serial
     * before), or one made now by {@code make}, which then stands for the serial before.
     */
    WorkDraft draft(int decision, java.util.function.Supplier<WorkDraft> make) {
        if (decision == Decisions.NONE) {
            return null;
        }
        if (!Decisions.isMade(decision)) {
            return mapped[decision];
        }
        WorkDraft made = make.get();
        mapped[Decisions.serial(decision)] = made;
        return made;
    }

    /**
     * After {@code document}'s citations were looked up, with {@code now} the decisions made for
     * {@code citations}: where the same citation (the very one, or an equal one in an edited
     * document) was decided alike, its draft is as it was; drafts made where drafts were made
     * before stand for them. Where a citation or its decision differs, the drafts on either side
     * are dirty; all of them, when the document has more or fewer citations than before.
     */
    void lookedUp(Document document, int[] now, List<Citation> citations) {
        lookedUp++;
        int[] old = decisions.byDocument().get(document.slug());
        if (old == null || old.length != now.length) {
            for (int decision : now) {
                markDirty(draftNow(decision));
            }
            if (old != null) {
                for (int decision : old) {
                    markDirty(decision >= 0 ? mapped[decision] : null);
                }
            }
            return;
        }
        boolean sameDocument = before.document(document.slug()).orElse(null) == document;
        List<Citation> oldCitations = sameDocument ? List.of() : earlier.notes(document.slug()).stream()
                .flatMap(note -> note.citations().stream().map(ResolvedCitation::citation)).toList();
        for (int i = 0; i < now.length; i++) {
            int was = old[i];
            int is = now[i];
            WorkDraft draft = draftNow(is);
            if (Decisions.isMade(was) && Decisions.isMade(is)) {
                mapped[Decisions.serial(was)] = draft; // dirty below when the citation differs
            }
            if (sameDocument || oldCitations.get(i).equals(citations.get(i))) {
                if (was == Decisions.NONE && is == Decisions.NONE || Decisions.isMade(was) && Decisions.isMade(is)
                        || was >= 0 && is >= 0 && mapped[was] == draft) {
                    continue;
                }
            }
            markDirty(draft);
            markDirty(was >= 0 ? mapped[was] : null);
        }
    }

    private WorkDraft draftNow(int decision) {
        return decision == Decisions.NONE ? null : drafts.get(Decisions.serial(decision));
    }

    private void markDirty(WorkDraft draft) {
        if (draft != null && dirty.add(draft)) {
            filed(draft);
        }
    }

    /** Called whenever a draft is filed: the keys of a dirty one are read as dirty from then on. */
    void filed(WorkDraft draft) {
        if (dirty.contains(draft)) {
            for (String title : draft.filedTitles()) {
                dirtyTitles.computeIfAbsent(title, t -> new HashSet<>()).addAll(draft.filedFamilies());
            }
            dirtyFamilies.addAll(draft.filedFamilies());
        }
    }

    /** How many documents' citations were looked up; the others followed the decisions before. */
    int lookedUp() {
        return lookedUp;
    }
}
