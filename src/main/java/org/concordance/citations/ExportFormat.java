package org.concordance.citations;

import java.util.Arrays;
import java.util.Optional;

/** The formats a work or the bibliography can be downloaded in, with their file extension and media type. */
public enum ExportFormat {
    BIBTEX("bib", "application/x-bibtex"),
    RIS("ris", "application/x-research-info-systems"),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "bib", "ris" or "json", as the last part of an export URL. */
    public static Optional<ExportFormat> fromExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
