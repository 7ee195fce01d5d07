package org.msb.internal.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a UTF-8 byte stream as it is read, refusing any invalid byte with its offset in the stream: a world
 * file is too big to decode in one piece (as {@link org.msb.item.Utf8Text} does), and a replacement character
 * must never turn into a resource id nobody wrote.
 */
final class StrictUtf8Reader extends Reader {
    private static final int BUFFER = 64 * 1024;

    /** An invalid byte, with where it is: the offset counts bytes of the decoded (for gzip: uncompressed) stream. */
    static final class InvalidUtf8Exception extends CharacterCodingException {
        private final String detail;

        InvalidUtf8Exception(String detail) { this.detail = detail; }

        @Override public String getMessage() { return detail; }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** Bytes consumed before {@link #bytes}' first byte. */
    private long offset;
    private boolean eof;
    /** Flushed: the decoder must not be called again. */
    private boolean done;

    StrictUtf8Reader(InputStream in) { this.in = in; }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (done) return -1;
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (!eof && bytes.remaining() < 4) fill();
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            offset += bytes.position() - before;
            if (r.isError()) {
                // the text before the bad byte first, so the JSON reader stands at the value that holds it
                if (out.position() > off) break;
                int at = bytes.position();
                throw new InvalidUtf8Exception(String.format("byte 0x%02x at offset %d", bytes.get(at) & 0xff, offset));
            }
            if (eof && !bytes.hasRemaining()) {
                done = true;
                if (decoder.flush(out).isError()) throw new InvalidUtf8Exception("truncated at the end");
                break;
            }
        }
        int n = out.position() - off;
        return n == 0 ? -1 : n;
    }

    /** Moves what is left to the front and reads more. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) eof = true;
            else bytes.position(bytes.position() + n);
        } finally {
            bytes.flip();
        }
    }

    @Override public void close() throws IOException { in.close(); }
}
