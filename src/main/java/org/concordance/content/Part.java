package org.concordance.content;

/** Where in a document a paragraph stands: before the body, in it, or in the author's biography. */
public enum Part {
    STANDFIRST, BODY, ABOUT
}
