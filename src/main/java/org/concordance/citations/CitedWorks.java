package org.concordance.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which notes cite each work, and the pages they cite of it: what a work's page, a person's page,
 * the works index (how many notes cite each) and a search of the works read, and nothing else.
 * Made from the resolved notes, which hold all of it, when first asked for, and not kept in a
 * snapshot ({@link Bibliography}): at 10,003 documents making it was a fifth of a build after an
 * edit in the app, which the edited page waited for and does not need.
 *
 * @param byWork by work slug, the notes citing it in document and note order, each (document,
 *     note, citation text, pinpoint) once
 * @param pinpoints by work slug, the pages its notes cite, as written ("753", "iv–v")
 */
record CitedWorks(Map<String, List<NoteCitation>> byWork, Map<String, Set<String>> pinpoints) {
    CitedWorks {
        byWork = Map.copyOf(byWork);
        pinpoints = Map.copyOf(pinpoints);
    }

    /** From every document's resolved notes, documents in library order. */
    static CitedWorks of(Iterable<List<ResolvedNote>> inLibraryOrder) {
        Map<String, List<NoteCitation>> byWork = byWork(inLibraryOrder);
        Map<String, List<NoteCitation>> lists = new HashMap<>(byWork.size() * 2);
        Map<String, Set<String>> pinpoints = new HashMap<>(byWork.size() * 2);
        byWork.forEach((work, list) -> {
            lists.put(work, List.copyOf(list));
            pinpoints.put(work, pinpointsOf(list));
        });
        return new CitedWorks(lists, pinpoints);
    }

    /**
     * These with some documents' notes replaced ({@code edited}, by document slug): notes that cite
     * the same works as before, in the same order ({@link EditedNotes}). The list of each work they
     * cite is made again, each edited document's entries where its old ones stood; the others are
     * these very lists.
     */
    CitedWorks with(Map<String, List<ResolvedNote>> edited) {
        Map<String, Map<String, List<NoteCitation>>> entries = new HashMap<>();
        Set<String> affected = new LinkedHashSet<>();
        edited.forEach((document, renewed) -> {
            Map<String, List<NoteCitation>> ofDocument = byWork(List.of(renewed));
            entries.put(document, ofDocument);
            affected.addAll(ofDocument.keySet());
        });
        Map<String, List<NoteCitation>> lists = new HashMap<>(byWork);
        Map<String, Set<String>> pages = new HashMap<>(pinpoints);
        for (String work : affected) {
            List<NoteCitation> was = byWork.getOrDefault(work, List.of());
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
            lists.put(work, List.copyOf(list));
            pages.put(work, pinpointsOf(list));
        }
        return new CitedWorks(lists, pages);
    }

    /** The notes citing each work, in the order given, each (document, note, citation text, pinpoint) once. */
    private static Map<String, List<NoteCitation>> byWork(Iterable<List<ResolvedNote>> notes) {
        Set<NoteCitation> seen = new HashSet<>();
        Map<String, List<NoteCitation>> citations = new LinkedHashMap<>();
        for (List<ResolvedNote> documentNotes : notes) {
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

    private static Set<String> pinpointsOf(List<NoteCitation> citations) {
        Set<String> pages = new HashSet<>();
        citations.forEach(c -> c.pinpoint().ifPresent(pages::add));
        return Set.copyOf(pages);
    }
}
