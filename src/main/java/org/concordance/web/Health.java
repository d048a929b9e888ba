package org.concordance.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.concordance.content.Library;

/**
 * {@code /healthz}, for load balancers and operators: 200 once a library and its index are served,
 * 503 before that, saying what the app is waiting for (the stage of the ingest and how far it has
 * got) or why nothing can be served. The body is JSON; never cached. Thread-safe.
 */
final class Health {
    private final Supplier<String> progress;
    private volatile State state = new State("starting", "", 0);

    private record State(String status, String detail, int documents) {
    }

    Health(Supplier<String> progress) {
        this.progress = progress;
    }

    void ready(Library library) {
        state = new State("ready", library.fingerprint(), library.documents().size());
    }

    void failed(String reason) {
        if (!state.status().equals("ready")) {
            state = new State("failed", reason, 0);
        }
    }

    /** Why no library can be served (the content's problems, each at its file and line), while none can. */
    java.util.Optional<String> failure() {
        State now = state;
        return now.status().equals("failed") ? java.util.Optional.of(now.detail()) : java.util.Optional.empty();
    }

    /** What a reader waiting for the library is told it waits for. */
    String waitingFor() {
        String now = progress.get();
        return now.isEmpty() ? "starting" : now;
    }

    void answer(Context ctx) {
        State now = state;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", now.status());
        switch (now.status()) {
            case "ready" -> {
                body.put("documents", now.documents());
                body.put("fingerprint", now.detail());
                String work = progress.get();
                if (!work.isEmpty()) {
                    body.put("working", work);
                }
            }
            case "failed" -> body.put("reason", now.detail());
            default -> body.put("waitingFor", waitingFor());
        }
        ctx.status(now.status().equals("ready") ? 200 : 503);
        Views.sendMade(ctx, "application/json; charset=utf-8", Json.write(body).getBytes(StandardCharsets.UTF_8),
                "no-store", false);
    }
}
