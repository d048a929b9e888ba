package org.concordance.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code relations.yaml}, the relations between organizations that the texts state, and
 * checks each against the rest of the library: both parties are organizations, the type is in the
 * vocabulary and allows the direction given, every concept exists, every quote stands verbatim in
 * the passage it names, and no relation is entered twice. The file is optional.
 */
final class RelationLoader {
    static final String FILE = "relations.yaml";

    private static final List<String> KEYS = List.of("from", "to", "type", "directed", "when", "concepts", "evidence");
    private static final List<String> EVIDENCE_KEYS = List.of("quote", "document", "paragraph", "note");

    private final Path file;
    private final Function<String, Optional<Document>> documents;
    private final Set<String> organizations;
    private final Set<String> concepts;
    /** Whether a slug may name a glossary entry whose problem is reported already. */
    private final java.util.function.Predicate<String> unread;
    private final Set<Quotation> foundBefore;
    /** Whether every document file was read ({@link GlossaryLoader#load}). */
    private final boolean documentsWhole;
    private final List<ContentError> errors;

    private RelationLoader(Path file, Function<String, Optional<Document>> documents, Set<Quotation> foundBefore,
            boolean documentsWhole, Set<String> organizations, Set<String> concepts, java.util.function.Predicate<String> unread,
            List<ContentError> errors) {
        this.file = file;
        this.documents = documents;
        this.foundBefore = foundBefore;
        this.documentsWhole = documentsWhole;
        this.organizations = organizations;
        this.concepts = concepts;
        this.unread = unread;
        this.errors = errors;
    }

    /**
     * The relations in file order; problems go to {@code errors}, and then the result is meaningless.
     * Linear in the number of relations and documents.
     *
     * @param foundBefore quotations found already in {@code documents} ({@link Quotations#foundBefore})
     * @param documentsWhole whether every document file was read: evidence from a document not
     *     read is not reported missing ({@link GlossaryLoader#load})
     */
    static List<Relation> load(Path root, List<Document> documents, GlossaryLoader.Result glossary,
            Set<Quotation> foundBefore, boolean documentsWhole, List<ContentError> errors) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        Map<String, Document> bySlug = documents.stream().collect(Collectors.toMap(Document::slug, d -> d));
        Set<String> organizations = glossary.entities().stream().filter(e -> e.kind() == EntryKind.ORGANIZATION)
                .map(Entity::slug).collect(Collectors.toSet());
        Set<String> conceptSlugs = glossary.concepts().stream().map(Concept::slug).collect(Collectors.toSet());
        return new RelationLoader(file, slug -> Optional.ofNullable(bySlug.get(slug)), foundBefore, documentsWhole, organizations, conceptSlugs,
                glossary::mayBeUnread, errors).load();
    }

    private List<Relation> load() {
        SourceFile.Result read = SourceFile.read(file);
        read.error().ifPresent(errors::add);
        if (read.text().isEmpty()) {
            return List.of();
        }
        List<Relation> relations = new ArrayList<>();
        // Entries of the same type between the same two parties, to find one entered twice.
        Map<String, List<Entered>> byPair = new HashMap<>();
        for (YamlList.Item item : YamlList.read(file, read.text().get(), KEYS, "'- from:'", errors)) {
            Optional<Relation> relation = relation(item);
            if (relation.isEmpty()) {
                continue;
            }
            Relation r = relation.get();
            String pair = r.type().code() + " " + (r.from().compareTo(r.to()) < 0 ? r.from() + " " + r.to() : r.to() + " " + r.from());
            List<Entered> same = byPair.computeIfAbsent(pair, k -> new ArrayList<>());
            Optional<Entered> earlier = same.stream().filter(e -> e.relation().sameAs(r)).findFirst();
            if (earlier.isPresent()) {
                item.error("from", "the " + r.type().code() + " between '" + r.from() + "' and '" + r.to()
                        + "' is already entered on line " + earlier.get().line() + "; give it one entry with all its evidence");
                continue;
            }
            same.add(new Entered(r, item.line("from")));
            relations.add(r);
        }
        return relations;
    }

    private record Entered(Relation relation, int line) {
    }

    private Optional<Relation> relation(YamlList.Item item) {
        int errorsBefore = errors.size();
        Optional<String> from = organization(item, "from");
        Optional<String> to = organization(item, "to");
        if (from.isPresent() && from.equals(to)) {
            item.error("to", "a relation joins two different organizations; '" + to.get() + "' is both 'from' and 'to'");
        }
        Optional<RelationType> type = item.text("type", true).flatMap(code -> {
            Optional<RelationType> known = RelationType.fromCode(code);
            if (known.isEmpty()) {
                item.error("type", "'" + code + "' is not a relation type; the types are "
                        + Arrays.stream(RelationType.values()).map(RelationType::code).collect(Collectors.joining(", ")));
            }
            return known;
        });
        Optional<Boolean> directed = item.bool("directed");
        if (type.isPresent() && directed.isPresent() && !type.get().allows(directed.get())) {
            item.error("directed", "a " + type.get().code() + " is " + (directed.get() ? "never" : "always")
                    + " directed; " + (directed.get() ? "leave 'directed' out" : "write the giver as 'from' and leave 'directed' out"));
        }
        Optional<String> when = item.oneLine("when", false);
        List<String> conceptSlugs = item.texts("concepts");
        for (String concept : conceptSlugs) {
            if (!concepts.contains(concept) && !unread.test(concept)) {
                item.error("concepts", "concept '" + concept + "' does not exist: there is no concepts/" + concept + ".md");
            }
        }
        if (!item.has("evidence")) {
            item.error("evidence", "'evidence' is required: one or more quotes, each with its document and paragraph or note");
        }
        List<Quotation> evidence = new ArrayList<>();
        List<YamlList.Item> quotes = item.items("evidence", EVIDENCE_KEYS);
        for (YamlList.Item quote : quotes) {
            evidence(quote).ifPresent(evidence::add);
        }
        // A quote from a document not read is left unchecked, not found wanting.
        if (item.has("evidence") && evidence.isEmpty() && errors.size() == errorsBefore
                && (documentsWhole || quotes.isEmpty())) {
            item.error("evidence", "'evidence' needs at least one quote");
        }
        if (errors.size() > errorsBefore || from.isEmpty() || to.isEmpty() || type.isEmpty() || evidence.isEmpty()) {
            return Optional.empty();
        }
        boolean isDirected = directed.orElse(type.get().direction() == RelationType.Direction.DIRECTED);
        return Optional.of(new Relation(from.get(), to.get(), type.get(), isDirected, when, conceptSlugs, evidence));
    }

    private Optional<String> organization(YamlList.Item item, String key) {
        return item.text(key, true).filter(slug -> {
            if (!organizations.contains(slug)) {
                if (!unread.test(slug)) {
                    item.error(key, "'" + slug + "' is not an organization: no entry of organizations.yaml has that slug");
                }
                return false;
            }
            return true;
        });
    }

    private Optional<Quotation> evidence(YamlList.Item quote) {
        Optional<String> text = quote.text("quote", true);
        Optional<String> document = quote.text("document", true);
        var paragraph = quote.positive("paragraph");
        Optional<String> note = quote.text("note", false);
        // A paragraph that is not a number is reported as such, once, not also as no place given.
        boolean badParagraph = paragraph.isEmpty() && quote.text("paragraph", false).isPresent();
        if (text.isEmpty() || document.isEmpty() || badParagraph) {
            return Optional.empty();
        }
        return Quotations.locate(documents, foundBefore, documentsWhole, text.get(), document.get(), paragraph, note,
                message -> quote.error("quote", message));
    }
}
