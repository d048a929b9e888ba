package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
    @Test
    void withoutAConfiguredAddressLinksNameTheAddressListenedOn() {
        assertThat(BaseUrl.listening(Optional.of("127.0.0.1"), 7070)).isEqualTo("http://127.0.0.1:7070");
        assertThat(BaseUrl.listening(Optional.of("::1"), 7070)).isEqualTo("http://[::1]:7070");
        assertThat(BaseUrl.listening(Optional.of("192.168.1.20"), 80)).isEqualTo("http://192.168.1.20:80");
        // Every address: this machine's own name for itself.
        assertThat(BaseUrl.listening(Optional.empty(), 7070)).isEqualTo("http://localhost:7070");
        assertThat(BaseUrl.listening(Optional.of("0.0.0.0"), 7070)).isEqualTo("http://localhost:7070");
        assertThat(BaseUrl.listening(Optional.of("::"), 7070)).isEqualTo("http://localhost:7070");

        BaseUrl base = BaseUrl.of(Optional.empty(), Optional.of("127.0.0.1"));
        base.listeningOn(7071);
        assertThat(base.resolve("/documents/a")).isEqualTo("http://127.0.0.1:7071/documents/a");
    }

    @Test
    void aConfiguredAddressIsAlwaysTheOneUsed() {
        BaseUrl base = BaseUrl.of(Optional.of(URI.create("https://library.example.org/concordance")), Optional.of("127.0.0.1"));
        base.listeningOn(7071);
        assertThat(base.resolve("/works")).isEqualTo("https://library.example.org/concordance/works");
        assertThatThrownBy(() -> base.resolve("works")).isInstanceOf(IllegalArgumentException.class);
    }
}
