package org.concordance.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code OPTIONS *}, which asks about the server rather than a page (RFC 9110, 9.3.7): 204
 * with the methods every page allows, as {@code OPTIONS} of a page answers. Its target names no path,
 * so it never reaches the web app's routes; every other request passes through.
 */
final class ServerOptions extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"OPTIONS".equals(request.getMethod()) || !"*".equals(request.getHttpURI().getPath())) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.HEADERS.forEach(headers::put);
        headers.put(HttpHeader.ALLOW, ErrorPages.ALLOW);
        headers.put(HttpHeader.CACHE_CONTROL, Routes.OPTIONS_CACHE);
        response.setStatus(HttpStatus.NO_CONTENT_204);
        callback.succeeded();
        return true;
    }
}
