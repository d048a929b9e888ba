package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.content.Document;
import org.concordance.content.Paragraph;

/**
 * A book a document's own text names, as a biography or standfirst does ("author of the new book
 * <em>Title</em> (Publisher)"): the paragraph's number, the words matched, and the title's and
 * publisher's HTML as written (the publisher null when not given).
 */
record NamedBook(int paragraph, String text, String title, String publisher) {
    private static final Pattern NAMED_BOOK = Pattern.compile(
            "(?i)(?:author of|book)[^<.]{0,40}?<em>([^<]+)</em>(?:\\s*\\(([^)<\\d]+)\\))?");

    /** The books {@code document}'s paragraphs name, in reading order. */
    static List<NamedBook> in(Document document) {
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
}
