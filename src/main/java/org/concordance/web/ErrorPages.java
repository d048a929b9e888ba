package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error page for every failure. Readers see what went wrong in plain words and where to go
 * next, never a stack trace; API clients get the same as JSON.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Views views;

    ErrorPages(Views views) {
        this.views = views;
    }

    void httpError(HttpResponseException e, Context ctx) {
        show(ctx, e.getStatus(), e.getMessage());
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        show(ctx, 500, "Something went wrong on our side. The problem has been logged.");
    }

    /** For statuses set without an exception, such as a path that matches no route. */
    void status(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            show(ctx, ctx.status().getCode(), null);
        }
    }

    private void show(Context ctx, int status, String message) {
        String text = message == null || message.isBlank() || message.equals(defaultMessage(status, true))
                ? defaultMessage(status, false) : message;
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("status", status, "message", text));
            return;
        }
        views.render(ctx, "error", Map.of("status", status, "heading", title(status), "message", text));
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request is not one we understand";
            case 404 -> "Page not found";
            case 405 -> "That method is not allowed here";
            default -> status >= 500 ? "Something went wrong" : "That request cannot be answered";
        };
    }

    private static String defaultMessage(int status, boolean javalins) {
        if (javalins) {
            return switch (status) {
                case 404 -> "Not Found";
                case 400 -> "Bad Request";
                case 405 -> "Method Not Allowed";
                default -> "";
            };
        }
        return switch (status) {
            case 404 -> "There is nothing at this address. It may have been mistyped, or the page may have moved.";
            case 400 -> "The address or form values could not be read.";
            case 405 -> "This address can be read but not changed.";
            default -> status >= 500 ? "Something went wrong on our side. The problem has been logged."
                    : "The request could not be answered.";
        };
    }
}
