package org.concordance.importer;

/**
 * One kind of input file. A format reads the file into a {@link Layout}: the text in reading order
 * with what its structure shows; the shared {@link Recogniser} does the rest.
 */
interface Format {
    /**
     * Reads {@code input}.
     *
     * @param vocabulary the words of the library, for deciding line-end hyphens
     * @throws ImportFailure when the file cannot be read as this format, saying why
     */
    Layout read(Input input, Report report, Vocabulary vocabulary) throws ImportFailure;
}
