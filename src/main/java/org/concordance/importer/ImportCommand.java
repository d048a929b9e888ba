package org.concordance.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.concordance.content.DocumentKind;

/**
 * {@code concordance import FILE...}: writes one document per file into the content folder and
 * says, for each, what it found, what it removed and what it was unsure of. The command line's only
 * door into this package.
 */
public final class ImportCommand {
    private ImportCommand() {
    }

    /**
     * Imports {@code files} into {@code content}, in order. With {@code force} the library is then
     * checked whole, since other files may quote a replaced document by paragraph (a concept's
     * definition, a relation's evidence): when it has problems it did not have before the run,
     * everything the run wrote is taken back (a replaced document put back as it was, an added one
     * and its source deleted) and the problems are listed, so a forced import leaves the folder as
     * sound as it found it. A forced import that is kept deletes each source a document it replaced
     * named and no document names now ({@link ContentFolder#retireSources}).
     *
     * @param given what the reader states for the one file: its slug, its address
     * @param force whether existing documents may be replaced
     * @param checkLibrary the content folder's problems as {@code check} reports them, none when it
     *     passes; asked only with {@code force}, before the run and once something was written
     * @param out where each file's report goes
     * @param err where failures and progress go
     * @param terminal whether {@code err} is a terminal, where progress rewrites one line
     * @return the exit code: 0 when every file was written (and, with {@code force}, kept), 1 otherwise
     */
    public static int run(List<Path> files, Path content, Given given, boolean force,
            Supplier<Optional<String>> checkLibrary, LocalDate today, PrintStream out, PrintStream err, boolean terminal) {
        // Problems the folder had before are not this import's: only new ones take it back.
        Optional<String> before = force ? checkLibrary.get() : Optional.empty();
        Importer importer = new Importer(content, today, force);
        Progress progress = new Progress(err, terminal, files.size(), System::nanoTime);
        int written = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Importer.Outcome outcome = importer.importFile(file, given);
            progress.clear();
            if (outcome instanceof Importer.Written done) {
                written++;
                print(done, content, out);
            } else if (outcome instanceof Importer.Failed failed) {
                err.println("concordance import: " + file + ": " + failed.reason() + " (nothing written)");
            }
            out.flush();
            progress.done(i + 1);
        }
        if (force && importer.wroteAny()) {
            Optional<String> problems = checkLibrary.get();
            if (problems.isPresent() && !problems.equals(before)) {
                List<String> stuck = importer.takeBack();
                err.println("concordance import: with --force, the content folder would no longer pass check, so what this"
                        + " import wrote was taken back" + (stuck.isEmpty() ? " (the folder is as it was)"
                        : "; these could not be and need a look: " + String.join("; ", stuck))
                        + ". Change what these name (a concept's definition or a relation that quotes a replaced"
                        + " paragraph, say), then import again:");
                err.println(problems.get());
                return 1;
            }
        }
        if (force && importer.wroteAny()) {
            // A replaced document that named another source leaves that file to no one: it goes, as the
            // document it came with did. Only now the run is kept, so one taken back finds it still there.
            try {
                ContentFolder.Retired retired = importer.retireSources();
                retired.deleted().forEach(source -> out.println("deleted " + source + ": the document that named it was"
                        + " replaced, and no document names it now"));
                retired.failures().forEach(failure -> err.println("concordance import: " + failure));
            } catch (ImportFailure e) {
                err.println("concordance import: " + e.getMessage() + "; sources no document names now may be left in "
                        + content.resolve("sources"));
            }
        }
        if (files.size() > 1 || written < files.size()) {
            out.println(written == files.size() ? "imported " + written + " files into " + content
                    : "imported " + written + " of " + files.size() + " files into " + content + "; "
                    + (files.size() - written) + " failed");
        }
        return written == files.size() ? 0 : 1;
    }

    private static void print(Importer.Written done, Path content, PrintStream out) {
        Draft draft = done.draft();
        org.concordance.content.Metadata meta = draft.metadata();
        Report report = done.report();
        out.println(done.file() + " -> " + done.document());
        meta.title().ifPresentOrElse(title -> field(out, "title", title.plain()), () -> field(out, "label", meta.label()));
        field(out, "kind", meta.kind().code() + (meta.kind() == DocumentKind.DOCUMENT ? " (the text does not say)"
                : report.kindReason().map(reason -> " (" + reason + ")").orElse("")));
        field(out, "authors", meta.authors().isEmpty() ? "not stated" : String.join("; ", meta.authors()));
        meta.byline().ifPresent(byline -> field(out, "byline", byline));
        field(out, "date", meta.date().orElse("not stated"));
        String venue = meta.venue().orElse("not stated") + meta.volume().map(v -> " " + v).orElse("")
                + meta.issue().map(i -> ", no. " + i).orElse("") + meta.pages().map(p -> (meta.severalPages() ? ", pp. " : ", p. ") + p).orElse("");
        field(out, "venue", venue);
        field(out, "url", meta.url().map(address -> address + report.urlReason().map(reason -> " (" + reason + ")").orElse(""))
                .orElseGet(() -> report.urlRefused().map(refused -> "not kept: " + refused + " (give it with --url)")
                        .orElse("not stated (give it with --url when you know it)")));
        field(out, "text", count(draft.standfirst().size() + draft.paragraphs().size() + draft.about().size(), "paragraph")
                + ", " + count(draft.headings().size(), "heading") + ", " + count(draft.notes().size(), "note"));
        for (String found : report.found()) {
            field(out, "found", found);
        }
        for (String removed : report.removed()) {
            field(out, "removed", removed);
        }
        field(out, "source", "kept as " + content.resolve("sources").resolve(draft.source()));
        for (String warning : report.warnings()) {
            field(out, "warning", warning);
        }
    }

    private static void field(PrintStream out, String name, String value) {
        out.printf("  %-8s %s%n", name, value);
    }

    private static String count(int n, String noun) {
        return n == 0 ? "no " + noun + "s" : n == 1 ? "1 " + noun : n + " " + noun + "s";
    }
}
