package org.concordance.web;

/** Escaping for the few places that write markup without a template. */
final class Escape {
    private Escape() {
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
