package org.concordance.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How a {@link Searchable} becomes a Lucene document: which fields are searched, stored and counted.
 * The one place that knows the index's fields besides {@link Fields}; bump {@link IndexStore#SCHEMA}
 * when it changes.
 */
final class EntryDocuments {
    /** The length of an entry's {@link #key}: 128 bits, so two entries never share one by chance. */
    private static final int KEY_BYTES = 16;
    private static final FieldType WORDS_TYPE = wordsType();
    private static final FieldType BODY_TYPE = bodyType();

    private EntryDocuments() {
    }

    /**
     * Offsets in the postings let the highlighter find matches without analysing the text again.
     * Indexed from kept tokens, so stored apart ({@link StoredField}), as are the title's.
     */
    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * The analysis of the fields given as text when indexing (authors, names); the prose fields come
     * analysed ({@link #of}). The caller closes it.
     */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(Analysis.index(), Map.of(Fields.NAMES, Analysis.names()));
    }

    /**
     * The Lucene document for one entry. Each text is analysed once ({@link Tokens}): the title and
     * the body feed their own fields, {@link Fields#ALL} and {@link Fields#WORDS} alike, as if each
     * field had analysed it.
     *
     * @param position the entry's place in the index's order ({@link Fields#POSITION})
     * @param prose the analyzer of {@link Analysis#index()}, the chain of every prose field
     * @param names the analyzer of {@link Analysis#names()}, to store each name's words
     */
    static Document of(Searchable entry, long position, Analyzer prose, Analyzer names) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(Fields.POSITION, position));
        doc.add(new BinaryDocValuesField(Fields.KEY, key(entry, position)));
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, entry.kind(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.KIND, new BytesRef(entry.kind())));
        doc.add(new FloatDocValuesField(Fields.WEIGHT, entry.weight()));
        doc.add(new FloatDocValuesField(Fields.ALL_WORDS_WEIGHT, Ranking.allWordsWeight(entry)));
        doc.add(new StoredField(Fields.URL, entry.url()));
        Tokens title = Tokens.of(prose, Fields.TITLE, entry.title());
        doc.add(new StoredField(Fields.TITLE, entry.title()));
        doc.add(new Field(Fields.TITLE, title.replay(), TextField.TYPE_NOT_STORED));
        entry.section().ifPresent(section -> doc.add(new StoredField(Fields.SECTION, section)));
        Tokens body = Tokens.of(prose, Fields.BODY, entry.body());
        doc.add(new StoredField(Fields.BODY, entry.body()));
        doc.add(new Field(Fields.BODY, body.replay(), BODY_TYPE));
        for (String author : entry.authors()) {
            doc.add(new TextField(Fields.AUTHORS, author, Field.Store.YES));
        }
        // Title, section, authors, other names and the searched body, as if joined by newlines.
        List<Tokens> all = List.of(entry.titledByPosition() ? Tokens.of(prose, Fields.ALL, "") : title,
                Tokens.of(prose, Fields.ALL, entry.section().orElse("")),
                Tokens.of(prose, Fields.ALL, String.join("\n", entry.authors())),
                Tokens.of(prose, Fields.ALL, String.join("\n", entry.names())),
                entry.bodySearched() ? body : Tokens.of(prose, Fields.ALL, ""));
        doc.add(new Field(Fields.ALL, Tokens.replay(all, false), TextField.TYPE_NOT_STORED));
        // The words as written: the same analysis without the stems (Analysis.words()).
        doc.add(new Field(Fields.WORDS, Tokens.replay(all, true), WORDS_TYPE));
        // The same texts, for how they spell the words that WORDS holds folded.
        WrittenForms.index(List.of(entry.titledByPosition() ? "" : entry.title(), entry.section().orElse(""),
                String.join("\n", entry.authors()), String.join("\n", entry.names()),
                entry.bodySearched() ? entry.body() : ""), doc);
        if (entry.isCard()) {
            names(entry, names, doc);
        }
        if (entry.suggested()) {
            doc.add(new StringField(Fields.SUGGESTED, Fields.YES, Field.Store.NO));
        }
        for (String mentioned : entry.mentions()) {
            doc.add(new StringField(Fields.MENTIONS, mentioned, Field.Store.NO));
        }
        for (String defined : entry.defines()) {
            doc.add(new StringField(Fields.DEFINES, defined, Field.Store.NO));
        }
        entry.documentSlug().ifPresent(slug -> {
            String documentTitle = entry.documentTitle().orElseThrow();
            doc.add(new StringField(Fields.DOC, slug, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC, new BytesRef(slug)));
            doc.add(new TextField(Fields.DOC_TITLE, documentTitle, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC_FACET, new BytesRef(slug + Fields.SEPARATOR + documentTitle)));
        });
        return doc;
    }

    /**
     * What tells an entry from every other, as a doc value ({@link Fields#KEY}): the first 16 bytes of
     * the SHA-256 of its place and of all its parts. An index is updated in place by keeping the
     * documents whose key the new entries still have ({@code IndexUpdate}); an entry whose text,
     * tags or place changed has another key and is indexed again.
     */
    static BytesRef key(Searchable entry, long position) {
        MessageDigest digest = sha256();
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(0, position).array());
        ByteBuffer number = ByteBuffer.allocate(Integer.BYTES);
        java.util.function.Consumer<String> part = text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update(number.putInt(0, bytes.length).array());
            digest.update(bytes);
        };
        java.util.function.Consumer<List<String>> parts = list -> {
            digest.update(number.putInt(0, list.size()).array());
            list.forEach(part);
        };
        part.accept(entry.kind());
        part.accept(entry.id());
        part.accept(entry.title());
        part.accept(entry.url());
        parts.accept(entry.documentSlug().stream().toList());
        parts.accept(entry.documentTitle().stream().toList());
        parts.accept(entry.section().stream().toList());
        part.accept(entry.body());
        parts.accept(entry.authors());
        parts.accept(entry.names());
        parts.accept(entry.mentions());
        parts.accept(entry.defines());
        return new BytesRef(Arrays.copyOf(digest.digest(), KEY_BYTES));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A card's names: searched, and stored with their words so a query is compared without analysing them again. */
    private static void names(Searchable entry, Analyzer names, Document doc) {
        List<String> all = new ArrayList<>();
        all.add(entry.title());
        entry.names().stream().filter(name -> !all.contains(name)).forEach(all::add);
        List<String> words = new ArrayList<>();
        for (String name : all) {
            doc.add(new TextField(Fields.NAMES, name, Field.Store.NO));
            words.add(String.join(" ", Analysis.nameWords(names, name)));
        }
        doc.add(new StoredField(Fields.NAME_LIST, String.join(Fields.SEPARATOR, all)));
        doc.add(new StoredField(Fields.NAME_WORDS, String.join(Fields.SEPARATOR, words)));
    }
}
