package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance of search as a reader gets it: each query of {@code relevance/reader-queries.tsv}
 * asked of {@code /api/search} on the running app, and the rank of the first hit that is one of the
 * passages that answer it. Reports the mean reciprocal rank and the share of queries answered first
 * (success@1) and within the first three (success@3); README quotes them.
 */
class ReaderQueriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DOCUMENTS = Map.of("C", "why-terrorist-actors-cooperate",
            "A", "allies-poised-to-help-the-islamic-state-recover", "E", "journal-excerpt-on-terrorist-affiliations");
    private static final int SIZE = 10;
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** One judged query: what a reader types, and the places ({@code /documents/slug#p-5}) that answer it. */
    record Judged(String kind, String query, Set<String> answers) {
    }

    static List<Judged> judged() throws IOException {
        try (InputStream in = ReaderQueriesTest.class.getResourceAsStream("/relevance/reader-queries.tsv")) {
            List<Judged> judged = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int number = i + 1;
                String[] columns = lines[i].split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException("reader-queries.tsv line " + number + ": expected 3 columns, got " + columns.length);
                }
                Set<String> answers = Set.of(columns[2].strip().split("\\s+")).stream().map(place -> {
                    String[] documentAndAnchor = place.split("#", 2);
                    String slug = DOCUMENTS.get(documentAndAnchor[0]);
                    if (slug == null) {
                        throw new IllegalStateException("reader-queries.tsv line " + number + ": unknown document " + place);
                    }
                    return "/documents/" + slug + (documentAndAnchor.length == 2 ? "#" + documentAndAnchor[1] : "");
                }).collect(Collectors.toSet());
                judged.add(new Judged(columns[0], columns[1], answers));
            }
            return judged;
        }
    }

    /** Where a hit lands, without the words to mark: {@code /documents/slug#p-5}. */
    private static String place(JsonNode hit) {
        String url = hit.get("url").asText();
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)) + (hash < 0 ? "" : url.substring(hash));
    }

    @Test
    void theAnsweringPassageIsFirstForNineteenQueriesInTwentyAndInTheTopThreeForAll() throws IOException {
        List<Judged> queries = judged();
        double reciprocalRanks = 0;
        int first = 0;
        int topThree = 0;
        List<String> notFirst = new ArrayList<>();
        for (Judged judged : queries) {
            JsonNode body = JSON.readTree(app.get("/api/search?size=" + SIZE + "&q="
                    + URLEncoder.encode(judged.query(), StandardCharsets.UTF_8)).body());
            int rank = 0;
            JsonNode hits = body.get("hits");
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (judged.answers().contains(place(hits.get(i)))) {
                    rank = i + 1;
                }
            }
            if (rank > 0) {
                reciprocalRanks += 1.0 / rank;
            }
            first += rank == 1 ? 1 : 0;
            topThree += rank >= 1 && rank <= 3 ? 1 : 0;
            if (rank != 1) {
                notFirst.add(judged.kind() + " \"" + judged.query() + "\": " + (rank == 0 ? "not in the first " + SIZE : "rank " + rank));
            }
        }
        int n = queries.size();
        System.out.printf(Locale.ROOT, "reader queries: %d, MRR %.3f, success@1 %.3f, success@3 %.3f%n", n,
                reciprocalRanks / n, (double) first / n, (double) topThree / n);
        notFirst.forEach(line -> System.out.println("  " + line));
        assertThat(n).isGreaterThanOrEqualTo(60);
        assertThat((double) first / n).as("success@1; not first: %s", notFirst).isGreaterThanOrEqualTo(0.95);
        assertThat(topThree).as("success@3; not first: %s", notFirst).isEqualTo(n);
    }

    @Test
    void theSetCoversEveryKindOfReaderQuery() throws IOException {
        Set<String> kinds = judged().stream().map(Judged::kind).collect(Collectors.toSet());
        assertThat(kinds).containsAll(List.of("name", "fullname", "abbreviation", "spelling", "typo", "partial", "phrase",
                "question", "concept", "work", "document"));
    }
}
