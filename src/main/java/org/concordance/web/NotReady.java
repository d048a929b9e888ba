package org.concordance.web;

/**
 * A request for something not ready yet: the library before one is published, or search before the
 * library's index is open. Answered 503 with {@code Retry-After}, saying what the app is waiting for.
 */
final class NotReady extends RuntimeException {
    /** What is being prepared, as the subject of a sentence: "The library", "Search". */
    final String what;

    NotReady(String what) {
        super(what, null, false, false);
        this.what = what;
    }
}
