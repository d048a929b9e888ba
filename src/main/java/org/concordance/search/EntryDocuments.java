package org.concordance.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
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
    private static final FieldType WORDS_TYPE = wordsType();
    private static final FieldType BODY_TYPE = bodyType();

    private EntryDocuments() {
    }

    /** Offsets in the postings let the highlighter find matches without analysing the text again. */
    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
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

    /** The analysis of each field when indexing; the caller closes it. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(Analysis.index(), Map.of(Fields.WORDS, Analysis.words(),
                Fields.NAMES, Analysis.names()));
    }

    /**
     * The Lucene document for one entry.
     *
     * @param names the analyzer of {@link Analysis#names()}, to store each name's words
     */
    static Document of(Searchable entry, Analyzer names) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, entry.kind(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.KIND, new BytesRef(entry.kind())));
        doc.add(new FloatDocValuesField(Fields.WEIGHT, entry.weight()));
        doc.add(new FloatDocValuesField(Fields.ALL_WORDS_WEIGHT, Ranking.allWordsWeight(entry)));
        doc.add(new StoredField(Fields.URL, entry.url()));
        doc.add(new TextField(Fields.TITLE, entry.title(), Field.Store.YES));
        entry.section().ifPresent(section -> doc.add(new StoredField(Fields.SECTION, section)));
        doc.add(new Field(Fields.BODY, entry.body(), BODY_TYPE));
        for (String author : entry.authors()) {
            doc.add(new TextField(Fields.AUTHORS, author, Field.Store.YES));
        }
        String all = String.join("\n", entry.titledByPosition() ? "" : entry.title(), entry.section().orElse(""),
                String.join("\n", entry.authors()), String.join("\n", entry.names()),
                entry.bodySearched() ? entry.body() : "");
        doc.add(new TextField(Fields.ALL, all, Field.Store.NO));
        doc.add(new Field(Fields.WORDS, all, WORDS_TYPE));
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
            String title = entry.documentTitle().orElseThrow();
            doc.add(new StringField(Fields.DOC, slug, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC, new BytesRef(slug)));
            doc.add(new TextField(Fields.DOC_TITLE, title, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC_FACET, new BytesRef(slug + Fields.SEPARATOR + title)));
        });
        return doc;
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
