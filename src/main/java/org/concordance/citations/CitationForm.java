package org.concordance.citations;

/** The Chicago notes-bibliography form a citation in a note is written in. */
public enum CitationForm {
    BOOK, JOURNAL_ARTICLE, CHAPTER, REPORT, WEB_PAGE,
    /** A post in a blog the note names as one: 'Jo Doe, “Post,” <i>Ideas</i> (blog), May 10, 2018, URL.'. */
    BLOG_POST,
    /**
     * A press release, its issuer as its author (CMOS 17, 14.198): 'U.S. Department of the
     * Treasury, “Treasury Designates…,” press release, July 2, 2009, URL.'.
     */
    PRESS_RELEASE,
    /** Author and short title: 'Byman, “Breaking the Bonds.”'. */
    SHORT_TITLE,
    /** Author and page only: 'Bacon, 753.'. */
    SHORT_AUTHOR_PAGE,
    /** "Ibid." or "Id.": the work of the citation just before. */
    IBID,
    /**
     * An author and then words without italics or quotes, as a note copied from a PDF has them
     * ('Daniel Byman, Deadly Connections, 12.'): it cites a work the library knows by that author
     * whose exact title the words hold, and never makes one, as what the words are is not known.
     */
    PLAIN_TITLE;

    /** True for the forms that point back to a work instead of describing it in full. */
    public boolean isShort() {
        return this == SHORT_TITLE || this == SHORT_AUTHOR_PAGE || this == IBID || this == PLAIN_TITLE;
    }
}
