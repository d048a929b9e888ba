package org.concordance.snapshot;

/** A snapshot that could not be written or read, in one sentence naming its file and the reason. */
public final class SnapshotException extends RuntimeException {
    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
