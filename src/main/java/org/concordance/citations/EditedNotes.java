package org.concordance.citations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Note;

/**
 * The bibliography of a library whose notes were edited without changing what they cite: a page
 * cited, a word of comment, a typo outside the reference. Resolving a library's notes is one pass in
 * library order, each note read against every work the notes before it made (2.6 s at 10,003
 * documents in the app), so an edit to one note would otherwise cost that whole pass. When every
 * citation of an edited note reads as before in all that resolving and building a work take from it
 * (its form, authors, editors, title, container, publisher, place, number, volume, issue, year, date,
 * access date, URL, translators and edition), the pass would give the same works, people and
 * mentions, and each citation the same work:
 * only the notes themselves, and the list of the notes citing each work, are new.
 *
 * <p>What a work takes of a citation's own words is its short form, from the first note that cites it
 * so: an edit to the citation a work's short form came from is not taken here, nor one that adds,
 * drops or reorders a citation or a note, changes a document's authors or the books its text names,
 * or touches more than {@link #MOST_DOCUMENTS} documents' notes. Those get the whole pass.
 */
final class EditedNotes {
    /** More edited documents than this are read whole: a pass over the library costs little more then. */
    static final int MOST_DOCUMENTS = 16;

    private EditedNotes() {
    }

    /**
     * The bibliography of {@code next}, made from {@code earlier}'s without resolving any note again,
     * when only the notes of a few documents changed and none of them changed what it cites; empty
     * otherwise (then {@link Bibliography#build} resolves every note).
     */
    static Optional<Bibliography> bibliography(Bibliography.Earlier earlier, Library next, References references) {
        Objects.requireNonNull(next, "next");
        Bibliography before = earlier.bibliography();
        if (!earlier.sameAround(next, references)) {
            return Optional.empty();
        }
        List<Document> was = earlier.library().documents();
        List<Document> is = next.documents();
        NoteParser parser = new NoteParser();
        Map<String, List<List<Citation>>> edited = new LinkedHashMap<>();
        for (int i = 0; i < is.size(); i++) {
            Document old = was.get(i);
            Document now = is.get(i);
            if (old == now) {
                continue;
            }
            if (!Bibliography.Earlier.sameBesideNotes(old, now)) {
                return Optional.empty();
            }
            if (Bibliography.Earlier.sameNotes(old.notes(), now.notes())) {
                continue;
            }
            if (edited.size() == MOST_DOCUMENTS) {
                return Optional.empty();
            }
            Optional<List<List<Citation>>> citations = sameWorks(before, old, now, earlier.citations(old), parser);
            if (citations.isEmpty()) {
                return Optional.empty();
            }
            edited.put(now.slug(), citations.get());
        }
        if (edited.isEmpty()) {
            return Optional.empty(); // nothing a bibliography reads changed: Earlier.sameSources said so first
        }
        Map<String, List<ResolvedNote>> notes = new LinkedHashMap<>();
        edited.forEach((slug, citations) -> {
            List<ResolvedNote> resolved = before.notes(slug);
            List<ResolvedNote> renewed = new ArrayList<>(resolved.size());
            for (int n = 0; n < resolved.size(); n++) {
                ResolvedNote note = resolved.get(n);
                List<ResolvedCitation> each = new ArrayList<>(note.citations().size());
                for (int c = 0; c < note.citations().size(); c++) {
                    each.add(new ResolvedCitation(citations.get(n).get(c), note.citations().get(c).work()));
                }
                renewed.add(new ResolvedNote(note.documentSlug(), note.label(), each));
            }
            notes.put(slug, renewed);
        });
        return Optional.of(Bibliography.withNotes(before, notes, references));
    }

    /**
     * The citations of {@code now}'s notes, when each cites what the same citation of {@code old}'s
     * did ({@link #readAlike}) and none is the one its work's short form was taken from; else empty.
     */
    private static Optional<List<List<Citation>>> sameWorks(Bibliography before, Document old, Document now,
            Optional<List<List<Citation>>> oldCitations, NoteParser parser) {
        List<Note> oldNotes = old.notes();
        List<Note> newNotes = now.notes();
        List<ResolvedNote> resolved = before.notes(old.slug());
        if (oldCitations.isEmpty() || oldNotes.size() != newNotes.size() || resolved.size() != oldNotes.size()) {
            return Optional.empty();
        }
        List<List<Citation>> citations = new ArrayList<>(newNotes.size());
        for (int n = 0; n < newNotes.size(); n++) {
            if (!oldNotes.get(n).label().equals(newNotes.get(n).label())) {
                return Optional.empty();
            }
            List<Citation> was = oldCitations.get().get(n);
            List<Citation> is = parser.parse(newNotes.get(n)).citations();
            if (was.size() != is.size()) {
                return Optional.empty();
            }
            for (int c = 0; c < is.size(); c++) {
                Citation a = was.get(c);
                Citation b = is.get(c);
                if (!readAlike(a, b)) {
                    return Optional.empty();
                }
                Optional<Work> work = resolved.get(n).citations().get(c).work();
                if (a.form().isShort() && !a.text().equals(b.text())
                        && work.flatMap(Work::shortForm).equals(Optional.of(a.text()))) {
                    return Optional.empty();
                }
            }
            citations.add(is);
        }
        return Optional.of(citations);
    }

    /**
     * Whether two citations read the same to resolving and to building a work: all but their text
     * and the page they cite.
     */
    static boolean readAlike(Citation a, Citation b) {
        return a.form() == b.form() && a.authors().equals(b.authors()) && a.title().equals(b.title())
                && a.italicTitle() == b.italicTitle() && a.container().equals(b.container())
                && a.publisher().equals(b.publisher()) && a.place().equals(b.place()) && a.number().equals(b.number())
                && a.volume().equals(b.volume()) && a.issue().equals(b.issue()) && a.year().equals(b.year())
                && a.date().equals(b.date()) && a.accessed().equals(b.accessed()) && a.url().equals(b.url())
                && a.editors().equals(b.editors()) && a.translators().equals(b.translators())
                && a.edition().equals(b.edition());
    }
}
