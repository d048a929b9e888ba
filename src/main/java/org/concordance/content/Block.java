package org.concordance.content;

/** A piece of a document's running text, in reading order: a heading or a paragraph. */
public sealed interface Block permits Heading, Paragraph {
}
