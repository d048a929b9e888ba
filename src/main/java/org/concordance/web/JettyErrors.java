package org.concordance.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
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
    /** The method Jetty gives a request it could not parse, whose own method is then unknown. */
    private static final String BAD_MESSAGE = "BAD";
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
        String explanation = null; // the site's own for the status
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            // Jetty's answer to a first line it cannot read as HTTP/1.0 or 1.1 ("HTTP/1.2", HTTP/0.9): the
            // client's mistake, so a 4xx, as a bad request line is; never a 5xx for what a client sends.
            code = HttpStatus.BAD_REQUEST_400;
            response.setStatus(code);
            explanation = "The request’s first line named a version of HTTP this site does not speak; it answers HTTP/1.0 "
                    + "and HTTP/1.1, as every browser asks.";
        }
        if (code == HttpStatus.BAD_REQUEST_400 && request.getHeaders().contains(HttpHeader.UPGRADE)
                && !request.getHeaders().contains(HttpHeader.CONNECTION, "upgrade")) {
            // Jetty refuses an Upgrade the Connection header does not name (RFC 9110, 7.8): said as such,
            // not as an address with stray characters.
            explanation = "The request asked to switch protocols (Upgrade) without naming it in its Connection header, as"
                    + " HTTP requires; this site speaks HTTP only: send the request without Upgrade.";
        }
        byte[] page = pages.html(code, explanation, "", path);
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if ("CONNECT".equals(request.getMethod())) {
            // No tunnel is opened; left open, the connection ignored "Connection: close" and HTTP/1.0.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        if (BAD_MESSAGE.equals(request.getMethod())) {
            // A request Jetty could not parse (an address it cannot decode: "%ZZ", "%00") reaches here as
            // "BAD /badMessage", its method lost, so a HEAD is answered with the page a GET needs; Jetty
            // closes the connection after it, and says so, so no client reads the page as the next response.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        if ("HEAD".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.length);
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(page), callback);
    }
}
