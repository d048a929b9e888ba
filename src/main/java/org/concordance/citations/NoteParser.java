package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.content.Note;
import org.concordance.content.Title;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads Chicago notes-bibliography footnotes into {@link Citation}s. The parser is conservative: a
 * piece of a note it cannot read as a citation is treated as commentary, never guessed into one.
 * Italics (the note's {@code <em>}) tell a book or journal title from a quoted article title.
 * Stateless and thread-safe.
 */
public final class NoteParser {
    /** Start and end of an italic span in the marked-up text the parser works on. */
    private static final char EM_OPEN = '\u0001';
    private static final char EM_CLOSE = '\u0002';

    private static final String PAGE_ONE = "(?:\\d+|[ivxlcdm]+)(?:\\s*[-–—]\\s*(?:\\d+|[ivxlcdm]+))?";
    private static final String PAGES = PAGE_ONE + "(?:,\\s*" + PAGE_ONE + ")*";
    /**
     * What an unpublished interview or conversation is cited by (CMOS 14.211–14.214, "Interview, Kabul,
     * 2019."): a word no name begins with, so such a note names no author and lists no work.
     */
    private static final Pattern UNPUBLISHED = Pattern.compile("(?:Interviews?|Conversations?|Correspondence)\\b");
    private static final Pattern PINPOINT = Pattern.compile("^(?:pp?\\.\\s*)?(" + PAGES + ")\\.?$");
    /**
     * "Ibid." as the notes of a text in any of the library's languages write it, with the page
     * after it: Latin's "Ibid.", "Ibidem" and the law's "Id." (what most texts use, whatever their
     * language), Spanish "Ibíd.", German "Ebd."/"Ebenda", Italian "Ivi", Russian "Там же", Arabic
     * "المصدر نفسه"/"المرجع نفسه"/"نفس المصدر", Hebrew "שם" (a note of that word alone, or with its
     * page), Chinese and Japanese "同上"; the Latin ones in either case ("ibid.", as some styles set it
     * mid-note). Not "Idem", which names the same author and another work, nor Arabic "المصدر السابق",
     * which is "op. cit.".
     */
    private static final Pattern IBID = Pattern.compile("^(?:[Ii]bidem|[Ii]bid\\.?|[Ii]b[íi]d\\.|Id\\.|Ebd\\.|Ebenda|Ivi|Там же"
            + "|المصدر نفسه|المرجع نفسه|نفس المصدر|שם|同上)(?!\\p{L})[.。]?(?:[,،:，]?\\s*(?:at\\s+)?(.+?))?[.。]?$");
    /**
     * The pages an Ibid. cites, written after a word for "page" in the note's language ("p. 45",
     * "S. 45", "С. 45", "ص 45", "עמ' 50"): a page shows "page 45", not "page p. 45".
     */
    private static final Pattern PAGE_WORD = Pattern.compile("^(?:pp?\\.|S\\.|[Сс]\\.|стр\\.|صص?\\.?|עמ['׳])\\s*(" + PAGES + ")\\.?$");
    private static final Pattern SIGNAL = Pattern.compile(
            "^(?:[Ss]ee also|[Ss]ee|[Cc]f\\.|[Cc]ompare|[Ee]\\.g\\.,?|[Ff]or example,)\\s+(?=[\\p{Lu}“\"\u0001])");
    private static final Pattern INNER_SIGNAL = Pattern.compile("(?:^|[\\s,.:;])(?:[Ss]ee also|[Ss]ee|[Cc]f\\.)\\s+(?=\\p{Lu})");
    /** A capitalised word of a name or an initial; particles ("van", "al-Baghdadi") are {@link Name#isParticle}'s. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.");
    static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern URL = Pattern.compile("https?://\\S+?(?=[.,;]?(?:\\s|$))");
    private static final Pattern JOURNAL = Pattern.compile(
            "^(\\d+)(?:,\\s*no\\.\\s*([^\\s(]+))?\\s*\\(([^)]*)\\)(?::\\s*(" + PAGES + "))?" + NoteParser.ADDRESS_AT_END);
    /**
     * A journal's name before its volume and issue, as text copied from a PDF gives it without its
     * italics ("Journal of Conflict Resolution 54, no. 3 (2010)"): words without digits or
     * parentheses, then a volume and ", no.". The issue is required, since "Analysis Paper 27 (2012)"
     * is a report's series and number.
     */
    private static final Pattern JOURNAL_NAME = Pattern.compile("^(\\p{Lu}[^()\\d,;:]*?)\\s+(?=\\d+,\\s*no\\.)");
    private static final Pattern EDITORS = Pattern.compile("^,?\\s*(?:ed\\.|eds\\.|edited by)\\s+(.+?)\\s*(?=\\(|$)");
    /** What Chicago adds after a blog's name when the name does not say it is one. */
    private static final Pattern BLOG_MARK = Pattern.compile("^\\(blog\\)");
    private static final Pattern BLOG_NAME = Pattern.compile("(?i)\\bblog\\b");
    /** The editors who stand for an edited book's author: "Jo Doe and Ann Roe, eds.". */
    private static final Pattern EDITED_BY = Pattern.compile("^(.+?),\\s*eds?\\.$");
    /** A book's role before its publication facts: an edition, numbered or named, or an editor or translator and their names. */
    private static final Pattern BOOK_ROLE = Pattern.compile("^(?:(\\d+(?:st|nd|rd|th))\\s+ed\\.|((?:rev\\.|revised|expanded"
            + "|abridged)\\s+ed\\.)|(ed\\.|edited by|trans\\.|translated by)\\s+(.+?)(?=,\\s*(?:\\d+(?:st|nd|rd|th)\\s+ed\\."
            + "|rev|revised|expanded|abridged|ed\\.|edited|trans\\.|translated)|\\s*\\(|\\.?$))(?:\\s*,\\s*|\\s*(?=\\()|\\.?$)",
            Pattern.CASE_INSENSITIVE);
    /** What may end a full citation: the address it was read at, after a comma. */
    private static final String ADDRESS_AT_END = "(?:,\\s*(https?://\\S+?))?\\.?$";
    private static final Pattern PUBLICATION = Pattern.compile("^\\(([^)]*)\\)(?:[,:]\\s*(" + PAGES + "))?" + ADDRESS_AT_END);
    /**
     * A series and its number: "Analysis Paper, Number 27", "Report No. 12", "Analysis Paper 27",
     * and a number of the year's reports, "Thematic Report 04/2010".
     */
    private static final Pattern SERIES_NUMBER = Pattern.compile("^(.*?),?\\s+(?:(?:Number|No\\.)\\s*(\\S+)|(\\d+(?:[/.\\-]\\d+)*))$");
    /**
     * An institution before the series it publishes: "Brookings Institution Analysis Paper",
     * "Afghanistan Analysts Network Thematic Report", "International Crisis Group Middle East
     * Report": the words up to a noun institutions' names end in, then a series that begins with
     * a capital.
     */
    private static final Pattern INSTITUTION = Pattern.compile(
            "^(.*?\\b(?:Institution|Institute|Center|Centre|Foundation|Council|Corporation|Office|Agency|Department|Network"
            + "|Group|Programme|Program|Project|Forum|Initiative|Commission|Committee|Bureau|Service|Organi[sz]ation"
            + "|Association|Society|University|Ministry))\\s+(\\p{Lu}.+)$");

    /**
     * A press release (CMOS 17, 14.198): its issuer, its title in quotation marks, "press release",
     * its date and its address. The issuer is an organization as often as a person.
     */
    private static final Pattern PRESS_RELEASE = Pattern.compile(
            "^(\\p{Lu}[^“\"]*?),\\s*[“\"](.+?)[,.]?[”\"]\\s*,?\\s*(?i:press release)\\s*,\\s*([^“”\"]*?\\d{4})"
            + "(?:,\\s*(https?://\\S+?))?\\.?$");

    /** Parses a note from its HTML (for italics), falling back to its plain text. */
    public ParsedNote parse(Note note) {
        // Each read of a note's HTML or text decodes it (Note keeps UTF-8), so each is read once.
        String html = note.html();
        String text = note.text();
        String marked = html.isBlank() ? plain(text) : mark(html);
        return new ParsedNote(text, parseMarked(marked));
    }

    /** Parses a note written as HTML, {@code <em>} marking italics. */
    public ParsedNote parseHtml(String html) {
        String marked = mark(html);
        return new ParsedNote(unmark(marked), parseMarked(marked));
    }

    private List<Citation> parseMarked(String marked) {
        List<Citation> citations = new ArrayList<>();
        for (String segment : split(marked.strip())) {
            parseSegment(segment).ifPresent(citations::add);
        }
        return citations;
    }

    /** The note's text with italic spans bracketed by {@link #EM_OPEN} and {@link #EM_CLOSE}. */
    private static String mark(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            mark(node, out);
        }
        return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static void mark(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(plain(text.getWholeText()));
        } else if (node instanceof Element element) {
            boolean italic = element.nameIs("em") || element.nameIs("i") || element.nameIs("cite");
            if (italic) {
                out.append(EM_OPEN).append(plain(element.text())).append(EM_CLOSE);
            } else {
                element.childNodes().forEach(child -> mark(child, out));
            }
        }
    }

    /**
     * A title from the marked text: the italic spans inside it (a book named in an article's title)
     * become italic runs, and the markers themselves go, so they can never reach a page or an export.
     */
    private static Title title(String marked) {
        List<Title.Run> runs = new ArrayList<>();
        int start = 0;
        boolean italic = false;
        for (int i = 0; i <= marked.length(); i++) {
            char c = i < marked.length() ? marked.charAt(i) : EM_OPEN;
            if (c == EM_OPEN || c == EM_CLOSE) {
                String run = Title.clean(marked.substring(start, i));
                if (!run.isEmpty()) {
                    runs.add(new Title.Run(run, italic));
                }
                italic = c == EM_OPEN;
                start = i + 1;
            }
        }
        return new Title(runs);
    }

    /** Text from the note with any marker character it happens to hold made a space, so only real italics are marked. */
    private static String plain(String text) {
        return text.replace(EM_OPEN, ' ').replace(EM_CLOSE, ' ');
    }

    private static String unmark(String marked) {
        return marked.replace(String.valueOf(EM_OPEN), "").replace(String.valueOf(EM_CLOSE), "").strip();
    }

    /** Splits a note at the semicolons between citations, not those inside quotes, italics or brackets. */
    private static List<String> split(String marked) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        boolean straightQuoted = false;
        boolean italic = false;
        int start = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '“' -> quoted = true;
                case '”' -> quoted = false;
                case '"' -> straightQuoted = !straightQuoted;
                case '(' -> depth++;
                case ')' -> depth = Math.max(0, depth - 1);
                case EM_OPEN -> italic = true;
                case EM_CLOSE -> italic = false;
                case ';' -> {
                    if (depth == 0 && !quoted && !straightQuoted && !italic) {
                        parts.add(marked.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        parts.add(marked.substring(start));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** {@code pinpoint} without the word for "page" before its numbers ({@link #PAGE_WORD}); as it is otherwise, or null. */
    private static String pages(String pinpoint) {
        if (pinpoint == null) {
            return null;
        }
        Matcher pages = PAGE_WORD.matcher(pinpoint.strip());
        return pages.matches() ? pages.group(1) : pinpoint;
    }

    private Optional<Citation> parseSegment(String segment) {
        String raw = unmark(segment);
        String seg = SIGNAL.matcher(segment).replaceFirst("");
        Matcher ibid = IBID.matcher(unmark(seg));
        if (ibid.matches()) {
            return Optional.of(new CitationBuilder(CitationForm.IBID, raw).pinpoint(pages(ibid.group(1))).build());
        }
        Optional<Citation> release = pressRelease(seg, raw);
        if (release.isPresent()) {
            return release;
        }
        int titleStart = firstOf(seg, '“', '"', EM_OPEN);
        if (titleStart < 0) {
            return bookWithoutItalics(seg, raw).or(() -> authorAndPage(seg, raw)).or(() -> plainTitle(seg, raw));
        }
        String authorPart = seg.substring(0, titleStart).strip();
        List<Name> authors = List.of();
        List<Name> editors = List.of();
        if (!authorPart.isEmpty()) {
            if (!authorPart.endsWith(",")) {
                return Optional.empty();
            }
            String written = authorPart.substring(0, authorPart.length() - 1);
            // An edited book is cited by its editors: "Jo Doe and Ann Roe, eds., Title".
            Matcher edited = EDITED_BY.matcher(written);
            Optional<List<Name>> names = names(edited.matches() ? edited.group(1) : written);
            if (names.isEmpty()) {
                return citationAfterCommentary(segment, authorPart);
            }
            if (edited.matches()) {
                editors = names.get();
            } else {
                authors = names.get();
            }
        }
        char open = seg.charAt(titleStart);
        char close = open == '“' ? '”' : open == '"' ? '"' : EM_CLOSE;
        int titleEnd = seg.indexOf(close, titleStart + 1);
        if (titleEnd < 0) {
            return Optional.empty();
        }
        String marked = seg.substring(titleStart + 1, titleEnd).strip().replaceAll("[,.]$", "").strip();
        if (Title.clean(unmark(marked)).isBlank()) {
            return Optional.empty();
        }
        Title title = title(marked);
        boolean italic = open == EM_OPEN;
        String rest = seg.substring(titleEnd + 1).strip().replaceFirst("^[,.]\\s*", "").strip();
        CitationBuilder citation = new CitationBuilder(CitationForm.SHORT_TITLE, raw).authors(authors).editors(editors).title(title, italic);
        return Optional.of(italic ? afterItalicTitle(citation, rest) : afterQuotedTitle(citation, rest));
    }

    /**
     * A book cited in full whose title lost its italics (text copied from a PDF): "Tricia Bacon, Why
     * Terrorist Groups Form International Alliances (Philadelphia: University of Pennsylvania Press,
     * 2018), 44." Read as a book only when the parentheses hold a place, a publisher and a year, as
     * Chicago's publication facts do, and the words before the title name its authors; anything less
     * certain is left unread.
     */
    private static Optional<Citation> bookWithoutItalics(String seg, String raw) {
        String plain = unmark(seg);
        int open = plain.indexOf(" (");
        if (open < 0) {
            return Optional.empty();
        }
        Matcher publication = PUBLICATION.matcher(plain.substring(open + 1));
        if (!publication.matches() || !publication.group(1).contains(":") || !YEAR.matcher(publication.group(1)).find()) {
            return Optional.empty();
        }
        for (int comma = plain.indexOf(','); comma >= 0 && comma < open; comma = plain.indexOf(',', comma + 1)) {
            Optional<List<Name>> authors = names(plain.substring(0, comma));
            String title = plain.substring(comma + 1, open).strip();
            if (authors.isPresent() && !Title.clean(title).isBlank() && title.chars().anyMatch(Character::isLetter)) {
                CitationBuilder citation = new CitationBuilder(CitationForm.SHORT_TITLE, raw).authors(authors.get()).title(Title.of(title), true);
                return Optional.of(afterItalicTitle(citation, plain.substring(open + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Names and then words, neither a title the parser can read nor a page: "Daniel Byman, Deadly
     * Connections: States that Sponsor Terrorism (Cambridge University Press, 2005), 12.", its
     * title's italics lost. Whether the words hold a title is for the works the library knows to
     * say ({@link CitationForm#PLAIN_TITLE}).
     */
    private static Optional<Citation> plainTitle(String seg, String raw) {
        String plain = unmark(seg);
        int comma = plain.indexOf(',');
        if (comma < 0 || plain.substring(comma + 1).chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        int last = plain.lastIndexOf(',');
        Matcher page = PINPOINT.matcher(plain.substring(last + 1).strip());
        String pinpoint = last > comma && page.matches() ? page.group(1) : null;
        return names(plain.substring(0, comma))
                .map(authors -> new CitationBuilder(CitationForm.PLAIN_TITLE, raw).authors(authors).pinpoint(pinpoint).build());
    }

    /**
     * A press release ({@link #PRESS_RELEASE}), issued by the people it names or else by the
     * organization it names ("U.S. Department of the Treasury", CSL's name of one part).
     */
    private static Optional<Citation> pressRelease(String seg, String raw) {
        if (seg.indexOf(EM_OPEN) >= 0) {
            return Optional.empty();
        }
        Matcher release = PRESS_RELEASE.matcher(unmark(seg));
        if (!release.matches() || Title.clean(release.group(2)).isBlank()) {
            return Optional.empty();
        }
        String issuer = release.group(1).strip();
        List<Name> authors = names(issuer).orElseGet(() -> List.of(new Name(issuer, Optional.empty())));
        return Optional.of(new CitationBuilder(CitationForm.PRESS_RELEASE, raw).authors(authors)
                .title(Title.of(release.group(2).strip()), false).date(release.group(3)).url(release.group(4)).build());
    }

    /** "For a different view, see Moghadam, <em>Nexus</em>, 12": the citation after the signal. */
    private Optional<Citation> citationAfterCommentary(String segment, String beforeTitle) {
        Matcher signal = INNER_SIGNAL.matcher(beforeTitle);
        int start = -1;
        while (signal.find()) {
            start = signal.end();
        }
        if (start < 0) {
            return Optional.empty();
        }
        int offset = segment.indexOf(beforeTitle) + start;
        return parseSegment(segment.substring(offset));
    }

    private static Optional<Citation> authorAndPage(String seg, String raw) {
        String plain = unmark(seg).replaceFirst("\\.$", "");
        int comma = plain.lastIndexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        Matcher page = PINPOINT.matcher(plain.substring(comma + 1).strip());
        Optional<List<Name>> names = names(plain.substring(0, comma));
        if (!page.matches() || names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CitationBuilder(CitationForm.SHORT_AUTHOR_PAGE, raw).authors(names.get())
                .pinpoint(page.group(1)).build());
    }

    private static Citation afterItalicTitle(CitationBuilder citation, String afterTitle) {
        String rest = bookRoles(citation, afterTitle);
        Matcher page = PINPOINT.matcher(unmark(rest));
        if (rest.isEmpty() || page.matches()) {
            return citation.pinpoint(rest.isEmpty() ? null : page.group(1)).build();
        }
        Matcher publication = PUBLICATION.matcher(unmark(rest));
        if (publication.matches()) {
            return citation.form(CitationForm.BOOK).publication(publication.group(1)).pinpoint(publication.group(2))
                    .url(publication.group(3)).build();
        }
        return report(citation, unmark(rest), true).or(() -> webPage(citation, rest, CitationForm.WEB_PAGE))
                .orElseGet(citation::build);
    }

    /**
     * Reads what Chicago puts between a book's title and its publication facts (CMOS 17, 14.103-14.118):
     * an edition ("3rd ed.", "rev. ed."), an editor ("ed. Jo Doe", "edited by …") or a translator
     * ("trans. Jo Doe", "translated by …"), in any order; returns the words after them.
     */
    private static String bookRoles(CitationBuilder citation, String rest) {
        String left = rest;
        for (Matcher role = BOOK_ROLE.matcher(left); role.find(); role = BOOK_ROLE.matcher(left)) {
            if (role.group(1) != null) {
                citation.edition(role.group(1).toLowerCase(Locale.ROOT));
            } else if (role.group(2) != null) {
                citation.edition(role.group(2).toLowerCase(Locale.ROOT));
            } else {
                Optional<List<Name>> names = names(role.group(4));
                if (names.isEmpty()) {
                    break;
                }
                if (role.group(3).toLowerCase(Locale.ROOT).startsWith("trans")) {
                    citation.translators(names.get());
                } else {
                    citation.editors(names.get());
                }
            }
            left = left.substring(role.end()).strip();
        }
        return left;
    }

    private static Citation afterQuotedTitle(CitationBuilder citation, String rest) {
        String plain = unmark(rest);
        Matcher page = PINPOINT.matcher(plain);
        if (rest.isEmpty() || page.matches()) {
            return citation.pinpoint(rest.isEmpty() ? null : page.group(1)).build();
        }
        if (rest.startsWith("in " + EM_OPEN) || rest.startsWith("In " + EM_OPEN)) {
            int end = rest.indexOf(EM_CLOSE);
            citation.form(CitationForm.CHAPTER).container(rest.substring(4, end));
            String after = rest.substring(end + 1).strip();
            Matcher editors = EDITORS.matcher(after);
            if (editors.find()) {
                names(editors.group(1)).ifPresent(citation::editors);
                after = after.substring(editors.end()).strip();
            }
            Matcher publication = PUBLICATION.matcher(unmark(after).replaceFirst("^,\\s*", ""));
            if (publication.matches()) {
                citation.publication(publication.group(1)).pinpoint(publication.group(2)).url(publication.group(3));
            }
            return citation.build();
        }
        if (rest.charAt(0) == EM_OPEN) {
            int end = rest.indexOf(EM_CLOSE);
            String container = rest.substring(1, end);
            String after = rest.substring(end + 1).strip();
            Matcher journal = JOURNAL.matcher(unmark(after));
            if (journal.matches()) {
                return citation.form(CitationForm.JOURNAL_ARTICLE).container(container).volume(journal.group(1))
                        .issue(journal.group(2)).date(journal.group(3)).pinpoint(journal.group(4)).url(journal.group(5)).build();
            }
            // The Chicago Manual of Style (17th ed., 14.208) names a blog in italics, adding "(blog)"
            // when its name does not say so; a site's name is roman, a newspaper's italic too.
            Matcher marked = BLOG_MARK.matcher(after);
            boolean blog = marked.lookingAt() || BLOG_NAME.matcher(unmark(container)).find();
            if (marked.lookingAt()) {
                after = after.substring(marked.end()).strip();
            }
            return webPage(citation.container(container), after, blog ? CitationForm.BLOG_POST : CitationForm.WEB_PAGE)
                    .orElseGet(citation::build);
        }
        Matcher name = JOURNAL_NAME.matcher(plain);
        if (name.find()) {
            Matcher journal = JOURNAL.matcher(plain.substring(name.end()));
            // A date, not a report's publication facts ("Washington, DC: Brookings, 2012").
            if (journal.matches() && !journal.group(3).contains(":") && YEAR.matcher(journal.group(3)).find()) {
                return citation.form(CitationForm.JOURNAL_ARTICLE).container(name.group(1)).volume(journal.group(1))
                        .issue(journal.group(2)).date(journal.group(3)).pinpoint(journal.group(4)).url(journal.group(5)).build();
            }
        }
        return report(citation, plain, false).or(() -> webPage(citation, rest, CitationForm.WEB_PAGE))
                .orElseGet(citation::build);
    }

    /**
     * A report's series, and its number, before its publication facts (CMOS 17, 14.220): "Analysis
     * Paper 27 (Washington, DC: Brookings, 2012), iv." After an italic title, where a book's volume
     * may stand ("vol. 2 (…)"), only a series that begins with a {@code capital}. Empty when the
     * words are not so.
     */
    private static Optional<Citation> report(CitationBuilder citation, String plain, boolean capital) {
        int paren = plain.indexOf('(');
        Matcher publication = paren < 0 ? null : PUBLICATION.matcher(plain.substring(paren));
        if (publication == null || !publication.matches() || paren == 0
                || capital && !Character.isUpperCase(plain.charAt(0))) {
            return Optional.empty();
        }
        String series = plain.substring(0, paren).strip().replaceFirst(",$", "");
        Matcher numbered = SERIES_NUMBER.matcher(series);
        if (numbered.matches()) {
            series = numbered.group(1);
            citation.number(numbered.group(2) != null ? numbered.group(2) : numbered.group(3));
        }
        Matcher institution = INSTITUTION.matcher(series);
        if (institution.matches()) {
            citation.publisher(institution.group(1)).container(institution.group(2));
        } else {
            citation.container(series);
        }
        return Optional.of(citation.form(CitationForm.REPORT).date(publication.group(1)).pinpoint(publication.group(2))
                .url(publication.group(3)).build());
    }

    /** A web page: an optional site, dates, then the address ({@link WebPageFacts}). Needs the address to be one. */
    private static Optional<Citation> webPage(CitationBuilder citation, String rest, CitationForm form) {
        String plain = unmark(rest);
        Matcher url = URL.matcher(plain);
        if (!url.find()) {
            return Optional.empty();
        }
        String before = plain.substring(0, url.start()).strip().replaceFirst("[,.]$", "").replaceFirst("^[,.]", "").strip();
        citation.form(form).url(url.group());
        WebPageFacts facts = WebPageFacts.read(before);
        if (!citation.hasContainer()) {
            facts.site().ifPresent(citation::container);
        }
        facts.date().ifPresent(citation::date);
        facts.accessed().ifPresent(citation::accessed);
        return Optional.of(citation.build());
    }

    /** "D. Byman", "A and B", "A, B, and C"; empty when the words do not look like names. */
    private static Optional<List<Name>> names(String written) {
        String text = unmark(written).strip();
        if (text.isEmpty() || UNPUBLISHED.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        List<Name> names = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
            // A generational suffix after a comma belongs to the name before it ("Martin Luther King, Jr.").
            if (!parts.isEmpty() && Name.isSuffix(part.strip())) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + part.strip());
            } else {
                parts.add(part);
            }
        }
        for (String part : parts) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            String[] words = name.split("\\s+");
            // A name has at most four words besides its particles ("Juana Inés de la Cruz").
            if (java.util.Arrays.stream(words).filter(w -> !Name.isParticle(w)).count() > 4) {
                return Optional.empty();
            }
            for (String asWritten : words) {
                String word = asWritten.endsWith(",") ? asWritten.substring(0, asWritten.length() - 1) : asWritten;
                if (!NAME_WORD.matcher(word).matches() && !Name.isParticle(word) && !Name.hasJoinedParticle(word)
                        && !Name.isSuffix(word)) {
                    return Optional.empty();
                }
            }
            names.add(Name.parse(name));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private static int firstOf(String text, char... chars) {
        int first = -1;
        for (char c : chars) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
