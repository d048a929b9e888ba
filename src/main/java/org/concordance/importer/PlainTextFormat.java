package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text ({@code .txt}, {@code .md}) as copied out of a PDF or a web page. Blank lines separate
 * blocks; a block's lines are one paragraph when they are wrapped prose, and separate lines
 * otherwise (a heading above its paragraph, a widget's lines). Text hard-wrapped without any blank
 * line has its paragraph breaks guessed from short lines, and each guess is reported. A Markdown
 * file's {@code #} headings are taken as its title and headings; the rest is read as text.
 */
final class PlainTextFormat implements Format {
    /** Longer lines cannot be wrapped prose: each is a paragraph of its own. */
    private static final int WRAP_WIDTH = 150;
    /** The guessed paragraph breaks a warning quotes at most; it counts the rest. */
    private static final int GUESSES_QUOTED = 5;
    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");

    @Override
    public Layout read(Input input, Report report, Vocabulary vocabulary) throws ImportFailure {
        String text = input.text(report);
        if (text.startsWith("---\n") && text.indexOf("\n---\n", 3) > 0) {
            throw new ImportFailure("the file already has YAML front matter, as a document of the content format does:"
                    + " copy it into the content folder's documents/ instead of importing it");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.replace('\t', ' ').replace('\u00A0', ' ').stripTrailing());
        }
        Hyphenation hyphenation = new Hyphenation(lines, vocabulary);
        boolean markdown = input.extension().equals("md") || input.extension().equals("markdown");
        Facts facts = new Facts();
        List<Unit> units = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<String> guessed = new ArrayList<>();
        for (String line : lines) {
            Matcher atx = ATX.matcher(line);
            if (markdown && atx.matches()) {
                flush(block, units, hyphenation, report, guessed);
                units.add(heading(atx.group(1).length(), atx.group(2), units.isEmpty(), facts));
            } else if (line.isBlank()) {
                flush(block, units, hyphenation, report, guessed);
            } else {
                block.add(line);
            }
        }
        flush(block, units, hyphenation, report, guessed);
        units.removeIf(unit -> unit == null);
        if (!guessed.isEmpty()) {
            int count = guessed.size();
            report.warn(count + " paragraph break" + (count == 1 ? " was" : "s were") + " guessed from short lines"
                    + " in text without blank lines between paragraphs: check where paragraphs begin ("
                    + (count == 1 ? "the paragraph beginning " : "those beginning ")
                    + String.join(", ", guessed.stream().limit(GUESSES_QUOTED).toList())
                    + (count > GUESSES_QUOTED ? " and " + (count - GUESSES_QUOTED) + " more" : "") + ")");
        }
        return new Layout(units, facts, Optional.empty(), Optional.empty());
    }

    private static Unit heading(int level, String text, boolean first, Facts facts) {
        if (level == 1 && first) {
            facts.title(text);
            return null;
        }
        return Unit.of(level <= 2 ? Unit.Role.HEADING2 : Unit.Role.HEADING3, Prose.of(text));
    }

    /**
     * Turns the lines of one block into units; adds to {@code guessed} the first words of each
     * paragraph it begins by a guess, quoted.
     */
    private static void flush(List<String> block, List<Unit> units, Hyphenation hyphenation, Report report,
            List<String> guessed) {
        if (block.isEmpty()) {
            return;
        }
        int width = block.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        if (block.size() == 1 || width > WRAP_WIDTH || !wrapped(block, width)) {
            for (String line : block) {
                units.add(Unit.text(line.strip()));
            }
        } else {
            List<String> paragraph = new ArrayList<>();
            for (int i = 0; i < block.size(); i++) {
                String line = block.get(i);
                boolean indented = i > 0 && indent(line) > indent(block.get(i - 1));
                if (indented && !paragraph.isEmpty()) {
                    units.add(Unit.text(hyphenation.join(paragraph, "\n", report)));
                    paragraph.clear();
                }
                paragraph.add(line);
                boolean shortEnd = line.strip().length() < width * 0.75 && Sentences.ends(line, true);
                if (shortEnd && i + 1 < block.size() && block.size() >= 6 && indent(block.get(i + 1)) <= indent(line)) {
                    units.add(Unit.text(hyphenation.join(paragraph, "\n", report)));
                    paragraph.clear();
                    guessed.add(Report.quote(firstWords(block.get(i + 1))));
                }
            }
            if (!paragraph.isEmpty()) {
                units.add(Unit.text(hyphenation.join(paragraph, "\n", report)));
            }
        }
        block.clear();
    }

    /** The first few words of {@code line}, to say where a guessed paragraph begins. */
    private static String firstWords(String line) {
        String[] words = line.strip().split("\\s+");
        return words.length <= 6 ? line.strip() : String.join(" ", java.util.Arrays.copyOf(words, 6)) + "…";
    }

    /**
     * Whether the lines are prose wrapped at a width: most of them come close to the longest, or
     * each after the first goes on with a sentence, beginning with a lower-case letter (a short
     * paragraph's last line is short: "…the weaker / partner traded autonomy for survival.").
     */
    private static boolean wrapped(List<String> block, int width) {
        long full = block.stream().filter(l -> l.strip().length() >= width * 0.6).count();
        boolean goesOn = block.stream().skip(1).allMatch(l -> Character.isLowerCase(l.strip().codePointAt(0)));
        return width >= 30 && (full * 10 >= block.size() * 6 || goesOn);
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
