package org.concordance.importer;

import java.util.Map;

/** The formats the importer reads, chosen by the file's extension. */
final class Formats {
    private static final Format TEXT = new PlainTextFormat();
    private static final Format WEB_PAGE = new WebPageFormat();
    private static final Format PDF = new PdfFormat();
    private static final Map<String, Format> BY_EXTENSION = Map.of(
            "txt", TEXT, "text", TEXT, "md", TEXT, "markdown", TEXT, "html", WEB_PAGE, "htm", WEB_PAGE, "xhtml", WEB_PAGE, "pdf", PDF);

    private Formats() {
    }

    static Format of(Input input) throws ImportFailure {
        Format format = BY_EXTENSION.get(input.extension());
        if (format == null) {
            throw new ImportFailure((input.extension().isEmpty() ? "the file has no extension"
                    : "unsupported type '." + input.extension() + "'")
                    + ": the importer reads plain text (.txt, .md), saved web pages (.html, .htm) and PDFs (.pdf)");
        }
        return format;
    }
}
