package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error page for every failure, whoever notices it: a handler, the router (no such address,
 * method not allowed) or Jetty itself (a URL it cannot decode, a header too large). Readers see
 * what went wrong in plain words and where to go next, never a stack trace or the framework's own
 * text; API clients get the same as JSON. Every error response carries the site's security headers
 * and {@code Cache-Control: no-store}; {@code HEAD} gets the status and headers without a body.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** What a read-only site allows on the paths it serves. */
    static final String ALLOW = "GET, HEAD, OPTIONS";
    /** The key of an exception's details that lists the content's problems, shown under the message. */
    static final String PROBLEMS = "problems";
    /** Marks a request whose error page is made, so the status handler does not make another. */
    private static final String SHOWN = "concordance.error-page";

    private final ThymeleafRenderer renderer;
    private final Assets assets;

    ErrorPages(ThymeleafRenderer renderer, Assets assets) {
        this.renderer = renderer;
        this.assets = assets;
    }

    void httpError(HttpResponseException e, Context ctx) {
        if (e instanceof MethodNotAllowedResponse) {
            ctx.header("Allow", ALLOW);
        }
        // The router's own messages ("Endpoint GET /x not found") are for developers, not readers.
        boolean framework = e instanceof EndpointNotFound || e instanceof MethodNotAllowedResponse;
        show(ctx, e.getStatus(), framework ? null : e.getMessage(), e.getDetails().getOrDefault(PROBLEMS, ""));
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.req().getMethod(), ctx.path(), e);
        show(ctx, 500, null, "");
    }

    /** For statuses set without an exception (the router's 404), unless a page was already made. */
    void status(Context ctx) {
        if (ctx.attribute(SHOWN) == null) {
            show(ctx, ctx.status().getCode(), null, "");
        }
    }

    /** @param problems what the content's check found, one per line, or empty */
    private void show(Context ctx, int status, String message, String problems) {
        ctx.attribute(SHOWN, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            // An ordered map: Map.of's order changes from one JVM to the next, and replicas send the same bytes.
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", status);
            error.put("message", message(status, message));
            if (!problems.isEmpty()) {
                error.put(PROBLEMS, problems);
            }
            byte[] json = Json.write(error).getBytes(StandardCharsets.UTF_8);
            Views.sendMade(ctx, "application/json; charset=utf-8", json, "no-store", false);
            return;
        }
        Views.sendMade(ctx, "text/html; charset=utf-8", html(status, message, problems, ctx.path()), "no-store", false);
    }

    /** The error page for {@code status}, with {@code message} or the status's own explanation, and {@code problems} under it. */
    byte[] html(int status, String message, String problems, String path) {
        Map<String, Object> model = Views.defaults(assets, path, Map.of("status", status, "heading", title(status),
                "message", message(status, message), PROBLEMS, problems));
        // The navigation marks no link as the page being read: an error page is none of them.
        model.put("section", "");
        return renderer.render("error", model).getBytes(StandardCharsets.UTF_8);
    }

    private static String message(int status, String message) {
        return message == null || message.isBlank() ? defaultMessage(status) : message;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request is not one we understand";
            case 404 -> "Page not found";
            case 405 -> "That method is not allowed here";
            case 414 -> "That address is too long";
            case 431 -> "The request’s headers are too large";
            case 503 -> "Not ready yet";
            default -> status >= 500 ? "Something went wrong" : "That request cannot be answered";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. It may have been mistyped, or the page may have moved.";
            case 400 -> "The address or form values could not be read. Check the address for stray characters.";
            case 405 -> "This site can be read (GET and HEAD requests) but not changed.";
            case 414 -> "The address is longer than this site accepts. A search of a long text works best with its key words.";
            case 431 -> "The request carried more header data than this site accepts.";
            case 503 -> "This part of the library is being prepared. Please try again in a few seconds.";
            default -> status >= 500 ? "Something went wrong on our side. The problem has been logged."
                    : "The request could not be answered.";
        };
    }
}
