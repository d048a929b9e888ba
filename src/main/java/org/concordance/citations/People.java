package org.concordance.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.Document;
import org.concordance.content.Library;

/**
 * The people of a bibliography: everyone who wrote a work or a library document, their names as
 * written grouped into one person when they share a family name and their given names agree ("D.
 * Byman" and "Daniel Byman"), each with the slug of the person {@code people.yaml} lists under that
 * name when there is one.
 */
final class People {
    private People() {
    }

    /** Everyone who wrote a work or a document, merged by family name and compatible given names; sorted by family, then given name. */
    static List<Person> of(Library library, List<Work> works) {
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
            Name name = groups.get(i).stream().max(Comparator.comparingInt(People::fullness)).orElseThrow();
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
