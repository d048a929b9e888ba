package org.concordance.catalog;

/** The data folder cannot be used; the message is one sentence saying what to do. */
public final class DataFolderException extends RuntimeException {
    public DataFolderException(String message) {
        super(message);
    }
}
