package org.msb.item;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Strict UTF-8 decoding for the documents the framework reads as bytes (rule events, exception registers): an
 * invalid byte is an error naming its offset, never a silent U+FFFD that could turn into a resource id, a rule id
 * or an approver nobody wrote.
 */
public final class Utf8Text {
    private Utf8Text() {}

    /**
     * @param error builds the caller's typed error from a description such as
     *              {@code "is not valid UTF-8 (byte 0xff at offset 12)"}
     */
    public static <E extends RuntimeException> String decode(byte[] bytes, Function<String, E> error) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw error.apply(String.format("is not valid UTF-8 (byte 0x%02x at offset %d)", bytes[at] & 0xff, at));
        }
        r = decoder.flush(out);
        if (r.isError()) throw error.apply("is not valid UTF-8 (truncated at the end)");
        return out.flip().toString();
    }
}
