package org.concordance.catalog;

/** The catalog database could not be opened, read or written; the message says which and where. */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
