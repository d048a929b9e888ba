package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client sends never becomes a line of the log: a malformed Host or authority is answered
 * 400 and nothing more. Found by a trial: Jetty warned once per such request, naming what was sent,
 * so anyone could fill the log. The app runs in a process of its own with its real logging set-up.
 */
class ClientCannotWriteTheLogTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");

    @Test
    void malformedHostsAndAuthoritiesAreAnswered400WithoutAWarning(@TempDir Path folder) throws Exception {
        ChildApp app = ChildApp.start(folder, 0, 1, "96m");
        try {
            Matcher listening = LISTENING.matcher("");
            for (int i = 0; i < 600 && !(listening = LISTENING.matcher(app.output())).find(); i++) {
                assertThat(app.process().isAlive()).as(app.output()).isTrue();
                Thread.sleep(100);
            }
            int port = Integer.parseInt(listening.group(1));
            String[] requests = {
                "GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x:99999999\r\nConnection: close\r\n\r\n",
                "CONNECT /works.bib HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                // Two Host headers: Jetty warned naming both values (a robustness trial).
                "GET / HTTP/1.1\r\nHost: first-host-sent\r\nHost: second-host-sent\r\nConnection: close\r\n\r\n",
            };
            for (String request : requests) {
                assertThat(send(port, request)).as(request).startsWith("HTTP/1.1 400");
            }
            String output = app.output();
            assertThat(output).doesNotContain("[a b]").doesNotContain("99999999").doesNotContain("/works.bib").doesNotContain("HostPort")
                    .doesNotContain("first-host-sent").doesNotContain("second-host-sent");
        } finally {
            app.process().destroy();
            app.process().waitFor(30, TimeUnit.SECONDS);
            app.process().destroyForcibly();
        }
    }

    private static String send(int port, String request) throws Exception {
        try (Socket socket = new Socket(Config.LOOPBACK, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
