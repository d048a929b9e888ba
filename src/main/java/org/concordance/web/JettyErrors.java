package org.concordance.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a URL it cannot decode such as {@code /documents/%FF%FE}, a request
 * line or headers too large, a protocol error) answered with the site's error page, in UTF-8, with
 * every security header, instead of Jetty's bare page. The message Jetty gives is not shown: the
 * site's explanation of the status is.
 */
final class JettyErrors extends ErrorHandler {
    private final ErrorPages pages;

    JettyErrors(ErrorPages pages) {
        this.pages = pages;
    }

    /** Jetty writes its page for a few methods only; every request here gets the site's page and headers. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String path = "/";
        byte[] page = pages.html(code, null, path);
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if ("HEAD".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.length);
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(page), callback);
    }
}
