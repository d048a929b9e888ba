package org.concordance.importer;

/** An input cannot be imported; the message says why, in words a user can act on. */
final class ImportFailure extends Exception {
    ImportFailure(String reason) {
        super(reason);
    }

    ImportFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
