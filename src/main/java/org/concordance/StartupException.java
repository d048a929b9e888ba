package org.concordance;

/** Concordance cannot start; the message says why in words an editor can act on. */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }
}
