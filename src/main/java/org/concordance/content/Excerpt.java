package org.concordance.content;

/**
 * Marks a document that is only part of a longer text, saying whether the kept part starts and
 * ends inside a sentence, so the page can say plainly that the text is cut.
 */
public record Excerpt(boolean beginsMidSentence, boolean endsMidSentence) {
}
