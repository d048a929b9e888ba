package org.concordance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer noticed about one input while reading it: the page furniture it removed (so
 * the user can see nothing else went), and a warning for each thing it was unsure of. Not
 * thread-safe; one per input.
 */
final class Report {
    private final List<String> removed = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> found = new ArrayList<>();
    /** The addresses of the links kept as text, by which links they were and why. */
    private final Map<LinksAsText, List<String>> linksAsText = new LinkedHashMap<>();
    private String kindReason = "";
    private String urlReason = "";
    private String urlRefused = "";
    /** The lines a paragraph was guessed to begin with, in text without blank lines between paragraphs. */
    private final List<String> guessedBreaks = new ArrayList<>();
    /** Where among {@link #warnings} the warning of the guessed breaks stands: where the first was guessed. */
    private int guessedAt = -1;
    /** The lines taken out as furniture, stripped: a break guessed before one is not named. */
    private final java.util.Set<String> removedLines = new java.util.HashSet<>();
    /** The guessed breaks a warning quotes at most; it counts the rest. */
    private static final int GUESSES_QUOTED = 5;

    /** A piece of page furniture taken out of the text, with what it was ("comment count: 3 comments"). */
    void removed(String what, String text) {
        removed.add(what + ": " + quote(text));
        removedLines.add(text.strip());
    }

    /**
     * A paragraph break guessed before {@code line} (a short line ended a sentence), in text without
     * blank lines between paragraphs: one warning names them, but for a line later taken out as
     * furniture (a running head), which no paragraph begins with.
     */
    void guessedBreak(String line) {
        if (guessedAt < 0) {
            guessedAt = warnings.size();
        }
        guessedBreaks.add(line.strip());
    }

    /** Text removed, told by how much of it there was ("12 more lines"), not quoted. */
    void removedAmount(String what, String amount) {
        removed.add(what + ": " + amount);
    }

    /** Something the importer was unsure of, said so the user can check it. */
    void warn(String warning) {
        warnings.add(warning);
    }

    /** One warning for the notes that no marker cites, which are kept as paragraphs at the end. */
    void uncitedNotes(List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        String which = labels.size() == 1 ? "note " + labels.get(0) + " has"
                : "notes " + String.join(", ", labels.subList(0, Math.min(8, labels.size())))
                        + (labels.size() > 8 ? " and " + (labels.size() - 8) + " more" : "") + " have";
        String example = labels.get(0);
        warn(which + " no marker in the text; kept as paragraphs at the end, each with its label: put [^" + example
                + "] where note " + example + " belongs and make its paragraph '[^" + example + "]: …'");
    }

    /**
     * A link whose words are kept without its address, which a reader may want to add back by
     * hand: one warning for each {@code which} and {@code because} ("within the page", "the
     * document does not keep the page's anchors") says how many and names the first address.
     */
    void linkAsText(String which, String because, String address) {
        linksAsText.computeIfAbsent(new LinksAsText(which, because), key -> new ArrayList<>()).add(address);
    }

    private record LinksAsText(String which, String because) {
    }

    /** Something recognised that the metadata lines do not show ("figure caption", "standfirst"). */
    void found(String what) {
        found.add(what);
    }

    /** Where the document's address came from ("the page's canonical link"). */
    void urlReason(String reason) {
        urlReason = reason;
    }

    /** An address the source stated that could not be kept, with where it was and why ("the page's canonical link, “/a”, is not …"). */
    void urlRefused(String refused) {
        urlRefused = refused;
    }

    java.util.Optional<String> urlRefused() {
        return urlRefused.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(urlRefused);
    }

    java.util.Optional<String> urlReason() {
        return urlReason.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(urlReason);
    }

    /** What showed the document's kind ("the byline says it is a guest post"). */
    void kindReason(String reason) {
        kindReason = reason;
    }

    java.util.Optional<String> kindReason() {
        return kindReason.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(kindReason);
    }

    List<String> removed() {
        return List.copyOf(removed);
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        List<String> guessed = guessedBreaks.stream().filter(line -> !removedLines.contains(line)).map(Report::firstWords).toList();
        if (!guessed.isEmpty()) {
            int count = guessed.size();
            all.add(guessedAt, count + " paragraph break" + (count == 1 ? " was" : "s were") + " guessed from short lines"
                    + " in text without blank lines between paragraphs: check where paragraphs begin ("
                    + (count == 1 ? "the paragraph beginning " : "those beginning ")
                    + String.join(", ", guessed.stream().limit(GUESSES_QUOTED).toList())
                    + (count > GUESSES_QUOTED ? " and " + (count - GUESSES_QUOTED) + " more" : "") + ")");
        }
        linksAsText.forEach((key, addresses) -> {
            int n = addresses.size();
            all.add(n + (n == 1 ? " link " : " links ") + key.which() + (n == 1 ? " was" : " were") + " kept as text without "
                    + (n == 1 ? "its" : "their") + " address (" + key.because() + "): " + quote(addresses.get(0))
                    + (n > 1 ? " and " + (n - 1) + " more" : ""));
        });
        return List.copyOf(all);
    }

    List<String> found() {
        return List.copyOf(found);
    }

    /** The first few words of {@code line}, quoted: to say where a paragraph begins. */
    static String firstWords(String line) {
        String[] words = line.strip().split("\\s+");
        return quote(words.length <= 6 ? line.strip() : String.join(" ", java.util.Arrays.copyOf(words, 6)) + "…");
    }

    /** Text shortened for a one-line message, in quotation marks. */
    static String quote(String text) {
        String oneLine = Prose.collapse(text).strip();
        return "“" + (oneLine.length() > 70 ? oneLine.substring(0, 67).stripTrailing() + "…" : oneLine) + "”";
    }
}
