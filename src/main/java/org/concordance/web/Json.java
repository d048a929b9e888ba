package org.concordance.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;

/**
 * The one JSON writer of the site. Besides what JSON requires, it escapes {@code <}, {@code >},
 * {@code &}, {@code '} and the line separators U+2028 and U+2029 as {@code \}{@code uXXXX}, so text
 * a client sent and the API echoes (a query such as {@code <script>}) stays inert wherever the
 * JSON ends up: in an HTML page, a script element or a log viewer. Thread-safe.
 */
final class Json {
    private static final ObjectMapper MAPPER = mapper();

    private Json() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafe());
        return mapper;
    }

    /** For {@code config.jsonMapper(...)}: every {@code ctx.json(...)} goes through the same escapes. */
    static JsonMapper javalin() {
        return new JavalinJackson(MAPPER, false);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value.getClass().getName(), e);
        }
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
