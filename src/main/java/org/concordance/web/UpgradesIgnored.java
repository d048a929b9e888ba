package org.concordance.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A request to switch protocols ({@code Upgrade: websocket}, with its {@code Sec-WebSocket-*}
 * headers) is answered as the same request without them, as RFC 9110 (7.8) lets a server do: the site offers no other protocol. Left in, the
 * router took it for a WebSocket and answered 404 for any page not yet kept, while a kept page
 * answered 200. Every other request passes through unchanged.
 */
final class UpgradesIgnored extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        if (!headers.contains(HttpHeader.UPGRADE) && !headers.contains(HttpHeader.SEC_WEBSOCKET_VERSION)) {
            return super.handle(request, response, callback);
        }
        // The router takes a request for a WebSocket by its version header, not by Upgrade: all go.
        HttpFields.Mutable without = HttpFields.build(headers).remove(HttpHeader.UPGRADE)
                .remove(HttpHeader.SEC_WEBSOCKET_VERSION).remove(HttpHeader.SEC_WEBSOCKET_KEY)
                .remove(HttpHeader.SEC_WEBSOCKET_EXTENSIONS).remove(HttpHeader.SEC_WEBSOCKET_SUBPROTOCOL);
        // "Connection: Upgrade" names the header taken out; other connection options stay.
        String connection = headers.get(HttpHeader.CONNECTION);
        without.remove(HttpHeader.CONNECTION);
        if (connection != null) {
            String kept = java.util.Arrays.stream(connection.split(","))
                    .map(String::strip).filter(option -> !option.equalsIgnoreCase("upgrade") && !option.isEmpty())
                    .collect(java.util.stream.Collectors.joining(", "));
            if (!kept.isEmpty()) {
                without.put(HttpHeader.CONNECTION, kept);
            }
        }
        HttpFields fields = without.asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return fields;
            }
        }, response, callback);
    }
}
