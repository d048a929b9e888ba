package org.concordance.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads the glossary ({@code concepts/*.md}) and the actors ({@code organizations.yaml},
 * {@code people.yaml}) and checks them against the documents: quotations must be verbatim, related
 * entries must exist, no name may belong to two entries, and every entry must be named somewhere
 * in the library. Every file is optional, so a library without a glossary still loads.
 */
final class GlossaryLoader {
    static final String CONCEPTS = "concepts";
    static final String ORGANIZATIONS = "organizations.yaml";
    static final String PEOPLE = "people.yaml";

    private static final List<String> CONCEPT_KEYS = List.of("name", "variants", "phrases", "link", "introduced_by",
            "related", "definition", "quote");
    private static final List<String> ENTITY_KEYS = List.of("slug", "name", "variants", "phrases", "description", "related");

    /** Where an entry was written, for errors found after parsing. */
    private record Origin(Path file, int line, int relatedLine) {
    }

    /**
     * What the glossary adds to the library.
     *
     * @param unreadable the slugs of entries with problems, left out of the lists
     * @param entitiesUnread whether a list of organizations or people could not be read at all (not YAML)
     */
    record Result(List<Concept> concepts, List<Entity> entities, List<Mention> mentions, Set<String> unreadable,
            boolean entitiesUnread) {
        /**
         * Whether {@code slug} may name an entry whose problem is reported already: what relates to it
         * is then not reported missing as well.
         */
        boolean mayBeUnread(String slug) {
            return entitiesUnread || unreadable.contains(slug);
        }
    }

    private final Path root;
    private final List<Document> documents;
    private final Optional<Library> earlier;
    private final Set<Quotation> foundBefore;
    /** Whether every document file was read: what is checked against the documents is checked only then. */
    private final boolean documentsWhole;
    private final List<ContentError> errors;
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    /** Concepts whose file is there but has problems of its own: a relation to one is not a missing concept. */
    private final Set<String> unread = new HashSet<>();
    /**
     * The slugs of organizations and people whose entries have problems, and whether a whole list
     * could not be read (not YAML): what is related to them is not reported missing as well, since
     * the problem already reported is the one to fix.
     */
    private final Set<String> unreadEntities = new HashSet<>();
    private boolean entityListUnread;
    /** The entries with a name or phrase another entry claimed first. */
    private final Set<String> claimedTwice = new HashSet<>();

    private GlossaryLoader(Path root, List<Document> documents, Optional<Library> earlier, Set<Quotation> foundBefore,
            boolean documentsWhole, List<ContentError> errors) {
        this.root = root;
        this.documents = documents;
        this.earlier = earlier;
        this.foundBefore = foundBefore;
        this.documentsWhole = documentsWhole;
        this.errors = errors;
    }

    /**
     * Reads and checks the glossary; problems go to {@code errors}, and then the result is
     * meaningless. When the glossary is the {@code earlier} library's, the mentions of a document
     * that is one of its documents (the same object: its file was not read again) are its.
     *
     * @param foundBefore quotations found already in {@code documents} ({@link Quotations#foundBefore})
     * @param documentsWhole whether every document file was read; when one was not (its problems are
     *     reported), the glossary's own problems are still reported, so an editor sees every file's
     *     at once, but not an entry no document names or a quote from a document not read, which
     *     the unread file may hold
     */
    static Result load(Path root, List<Document> documents, Optional<Library> earlier, Set<Quotation> foundBefore,
            boolean documentsWhole, List<ContentError> errors) {
        return new GlossaryLoader(root, documents, earlier, foundBefore, documentsWhole, errors).load();
    }

    private Result load() {
        List<Concept> concepts = concepts();
        List<Entity> entities = new ArrayList<>();
        entities.addAll(entities(root.resolve(ORGANIZATIONS), EntryKind.ORGANIZATION));
        entities.addAll(entities(root.resolve(PEOPLE), EntryKind.PERSON));
        checkRelations(concepts, entities);
        checkNames(concepts, entities);
        List<Entry> entries = Stream.<Entry>concat(concepts.stream(), entities.stream()).toList();
        Mentions mentions = new MentionFinder(entries).find(documents, earlierMentions(entries));
        Set<String> found = mentions.entries();
        for (Entry entry : entries) {
            if (documentsWhole && !found.contains(entry.slug()) && !claimedTwice.contains(entry.slug())) {
                Origin origin = origins.get(entry.slug());
                errors.add(new ContentError(origin.file(), origin.line(), "no name" + (entry.phrases().isEmpty() ? "" : " or phrase")
                        + " of " + describe(entry) + " ("
                        + String.join(", ", words(entry)) + ") occurs in any paragraph or note of the library"));
            }
        }
        Comparator<Entry> byName = Comparator.comparing(Entry::name, Collation.NAMES);
        concepts.sort(byName);
        entities.sort(byName);
        Set<String> unreadable = new HashSet<>(unread);
        unreadable.addAll(unreadEntities);
        return new Result(concepts, entities, mentions.asList(), Set.copyOf(unreadable), entityListUnread);
    }

    /**
     * The earlier library's mentions by its documents, when its glossary finds the same mentions as
     * this one ({@link Mentions#foundAlike}: the same names and phrases, whatever else an edit
     * changed, such as a definition); a mention depends only on its document and those.
     */
    private Map<Document, List<Mention>> earlierMentions(List<Entry> entries) {
        if (earlier.isEmpty() || !Mentions.foundAlike(earlier.get().entries(), entries)) {
            return Map.of();
        }
        Mentions mentions = earlier.get().mentionTable();
        Map<String, int[]> bySlug = mentions.positionsByDocument();
        Map<Document, List<Mention>> byDocument = new java.util.IdentityHashMap<>();
        for (Document document : earlier.get().documents()) {
            int[] positions = bySlug.get(document.slug());
            byDocument.put(document, positions == null ? List.of() : mentions.at(positions));
        }
        return byDocument;
    }

    // ---- concepts ------------------------------------------------------------------------------

    private List<Concept> concepts() {
        Path folder = root.resolve(CONCEPTS);
        List<Concept> concepts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return concepts;
        }
        List<Path> files = ContentFiles.list(folder, errors);
        for (Path file : files) {
            if (!ContentFiles.isMarkdownFile(file, "concept", errors)) {
                continue;
            }
            String fileName = file.getFileName().toString();
            String slug = fileName.substring(0, fileName.length() - 3);
            if (!Slugs.isSlug(slug)) {
                errors.add(new ContentError(file, 0, "'" + slug
                        + "' is not a usable slug: name the file with lower-case letters, digits and single hyphens"));
                continue;
            }
            SourceFile.Result read = SourceFile.read(file);
            read.error().ifPresent(errors::add);
            read.text().flatMap(text -> concept(file, slug, text)).ifPresentOrElse(concepts::add, () -> unread.add(slug));
        }
        return concepts;
    }

    private Optional<Concept> concept(Path file, String slug, String text) {
        int errorsBefore = errors.size();
        Optional<FrontMatter.Split> split = FrontMatter.split(file, text, errors);
        Optional<FrontMatter> parsed = split.flatMap(s -> FrontMatter.parse(file, s.yaml(), errors));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        front.rejectUnknownKeys(CONCEPT_KEYS);
        Optional<String> name = front.requiredLine("name");
        List<String> variants = front.textList("variants");
        List<String> phrases = front.textList("phrases");
        boolean linked = front.bool("link").orElse(true);
        Optional<Concept.Attribution> introducedBy = front.mapping("introduced_by").flatMap(map -> {
            map.rejectUnknownKeys(List.of("author", "work"));
            Optional<String> author = map.requiredLine("author");
            Optional<String> work = map.requiredLine("work");
            return author.isPresent() && work.isPresent()
                    ? Optional.of(new Concept.Attribution(author.get(), work.get())) : Optional.empty();
        });
        List<String> related = front.textList("related");
        Optional<String> definition = front.requiredText("definition");
        Optional<Quotation> quotation = quotation(front);
        String markdown = split.get().body().strip();
        if (markdown.isEmpty()) {
            errors.add(new ContentError(file, split.get().bodyLine(),
                    "a concept needs a body: a short fuller definition in Markdown after the front matter"));
        }
        // Parsed as written, so a block's line counts from the body's first line.
        org.commonmark.node.Node body = Markdown.parse(split.get().body());
        // Images and links to other than web, mail or site addresses are refused here as in a document.
        for (org.commonmark.node.Node block = body.getFirstChild(); block != null; block = block.getNext()) {
            int line = split.get().bodyLine() + (block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex());
            for (String refused : Markdown.refusedIn(block)) {
                errors.add(new ContentError(file, line, refused));
            }
        }
        if (errors.size() > errorsBefore || name.isEmpty() || definition.isEmpty() || quotation.isEmpty()) {
            return Optional.empty();
        }
        String bodyHtml = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).percentEncodeUrls(true).build().render(body).strip();
        if (!claimSlug(slug, new Origin(file, front.line("name"), front.line("related")))) {
            return Optional.empty();
        }
        return Optional.of(new Concept(slug, name.get(), variants, phrases, linked, introducedBy, related, definition.get(),
                quotation.get(), bodyHtml));
    }

    /** The {@code quote} mapping: text, document, and a paragraph number or a note label, checked verbatim. */
    private Optional<Quotation> quotation(FrontMatter front) {
        if (front.mapping("quote").isEmpty()) {
            front.error("quote", "'quote' is required: the defining passage with its document and paragraph or note");
            return Optional.empty();
        }
        FrontMatter quote = front.mapping("quote").get();
        quote.rejectUnknownKeys(List.of("text", "document", "paragraph", "note"));
        Optional<String> text = quote.requiredText("text");
        Optional<String> slug = quote.requiredText("document");
        var paragraph = quote.integer("paragraph");
        Optional<String> note = quote.text("note");
        if (text.isEmpty() || slug.isEmpty()) {
            return Optional.empty();
        }
        return Quotations.locate(this::document, foundBefore, documentsWhole, text.get(), slug.get(), paragraph, note,
                message -> front.error("quote", message));
    }

    private Optional<Document> document(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    // ---- organizations and people --------------------------------------------------------------

    private List<Entity> entities(Path file, EntryKind kind) {
        List<Entity> entities = new ArrayList<>();
        if (!Files.exists(file)) {
            return entities;
        }
        SourceFile.Result read = SourceFile.read(file);
        read.error().ifPresent(errors::add);
        if (read.text().isEmpty()) {
            return entities;
        }
        int errorsBefore = errors.size();
        List<YamlList.Item> items = YamlList.read(file, read.text().get(), ENTITY_KEYS, "'- slug:'", errors);
        entityListUnread |= items.isEmpty() && errors.size() > errorsBefore;
        for (YamlList.Item item : items) {
            entity(kind, item).ifPresentOrElse(entities::add, () -> item.quietly("slug").ifPresent(unreadEntities::add));
        }
        return entities;
    }

    private Optional<Entity> entity(EntryKind kind, YamlList.Item item) {
        int errorsBefore = errors.size();
        Optional<String> slug = item.text("slug", true);
        slug.filter(s -> !Slugs.isSlug(s)).ifPresent(s -> item.error("slug",
                "'" + s + "' is not a usable slug: use lower-case letters, digits and single hyphens"));
        Optional<String> name = item.oneLine("name", true);
        List<String> variants = item.texts("variants");
        List<String> phrases = item.texts("phrases");
        Optional<String> description = item.text("description", false);
        description.ifPresent(text -> {
            try {
                Title.fromMarkdown(text);
            } catch (IllegalArgumentException e) {
                item.error("description", "'description' is one line of text, a title in it set in italics with *…*; "
                        + e.getMessage());
            }
        });
        List<String> related = item.texts("related");
        if (errors.size() > errorsBefore || slug.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        if (!claimSlug(slug.get(), new Origin(item.file(), item.line("name"), item.line("related")))) {
            return Optional.empty();
        }
        return Optional.of(new Entity(slug.get(), kind, name.get(), variants, phrases, description, related));
    }

    // ---- checks across entries -----------------------------------------------------------------

    private boolean claimSlug(String slug, Origin origin) {
        Origin earlier = origins.putIfAbsent(slug, origin);
        if (earlier != null) {
            errors.add(new ContentError(origin.file(), origin.line(), "slug '" + slug + "' is already used by "
                    + earlier.file() + ":" + earlier.line() + "; concepts and actors share one set of slugs"));
            return false;
        }
        return true;
    }

    private void checkRelations(List<Concept> concepts, List<Entity> entities) {
        for (Concept concept : concepts) {
            for (String related : concept.related()) {
                if (!unread.contains(related) && concepts.stream().noneMatch(c -> c.slug().equals(related))) {
                    Origin origin = origins.get(concept.slug());
                    errors.add(new ContentError(origin.file(), origin.relatedLine(), "concept '" + concept.slug()
                            + "' is related to '" + related + "', but there is no concepts/" + related + ".md"));
                }
            }
        }
        for (Entity entity : entities) {
            for (String related : entity.related()) {
                if (!entityListUnread && !unreadEntities.contains(related) && entities.stream().noneMatch(e -> e.slug().equals(related))) {
                    Origin origin = origins.get(entity.slug());
                    errors.add(new ContentError(origin.file(), origin.relatedLine(), "'" + entity.slug()
                            + "' is related to '" + related + "', but no organization or person has that slug"));
                }
            }
        }
    }

    /**
     * A name or phrase (case-insensitively, diacritics folded) may belong to one entry only, and
     * within an entry it is either a name or a phrase.
     */
    private void checkNames(List<Concept> concepts, List<Entity> entities) {
        record Owner(Entry entry, String role) {
        }
        Map<String, Owner> owners = new HashMap<>();
        for (Entry entry : Stream.<Entry>concat(concepts.stream(), entities.stream()).toList()) {
            for (String word : words(entry)) {
                String role = entry.phrases().contains(word) && !entry.names().contains(word) ? "phrase" : "name";
                String key = MentionFinder.fold(word.strip(), false).replaceAll("\\s+", " ");
                Owner owner = owners.putIfAbsent(key, new Owner(entry, role));
                if (owner == null || (owner.entry() == entry && owner.role().equals(role))) {
                    continue;
                }
                Origin origin = origins.get(entry.slug());
                Origin earlier = origins.get(owner.entry().slug());
                claimedTwice.add(entry.slug()); // its mentions went to the first: that it has none is no second problem
                errors.add(new ContentError(origin.file(), origin.line(), "the " + role + " '" + word + "' of "
                        + describe(entry) + " is already a " + owner.role() + " of " + describe(owner.entry())
                        + " (" + earlier.file() + ":" + earlier.line() + ")"));
            }
        }
    }

    /** The names, then the phrases: every form the entry is found by. */
    private static List<String> words(Entry entry) {
        return Stream.concat(entry.names().stream(), entry.phrases().stream()).toList();
    }

    private static String describe(Entry entry) {
        String kind = switch (entry.kind()) {
            case CONCEPT -> "concept";
            case ORGANIZATION -> "organization";
            case PERSON -> "person";
        };
        return kind + " '" + entry.slug() + "'";
    }
}
