package org.concordance.citations;

import java.util.Objects;

/**
 * A file ready to download.
 *
 * @param fileName for {@code Content-Disposition: attachment; filename="..."}
 */
public record Export(ExportFormat format, String fileName, String content) {
    public Export {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** The Content-Type header: the format's media type, in UTF-8. */
    public String contentType() {
        return format.mediaType() + "; charset=utf-8";
    }
}
