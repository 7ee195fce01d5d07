package org.msb.internal.world;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictUtf8ReaderTest {

    @Test
    void decodesMultiByteCharactersAcrossItsBufferBoundaries() throws IOException {
        // 3- and 4-byte characters at every alignment against the 64 KiB buffer, read back whole
        String text = "a€😀".repeat(40_000);
        assertEquals(text, readAll(new StrictUtf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), 1000));
        // and from a stream that hands out one byte at a time
        assertEquals(text.substring(0, 3000), readAll(new StrictUtf8Reader(oneByteAtATime(text.substring(0, 3000))), 7));
    }

    @Test
    void anInvalidByteNamesItsOffsetInTheStream() throws IOException {
        byte[] bytes = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        bytes[150_001] = (byte) 0xc3;  // a lead byte followed by 'x'
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes));
        char[] buf = new char[4096];
        int read = 0;
        StrictUtf8Reader.InvalidUtf8Exception e = null;
        while (e == null) {
            try {
                int n = r.read(buf, 0, buf.length);
                assertTrue(n > 0, "ended before the bad byte");
                read += n;
            } catch (StrictUtf8Reader.InvalidUtf8Exception bad) {
                e = bad;
            }
        }
        assertEquals("byte 0xc3 at offset 150001", e.getMessage());
        assertEquals(150_001, read, "every character before the bad byte is handed out first");
    }

    @Test
    void aSequenceCutAtTheEndIsAnError() {
        byte[] cut = {'a', 'b', (byte) 0xe2, (byte) 0x82};  // the first two bytes of €
        StrictUtf8Reader.InvalidUtf8Exception e = assertThrows(StrictUtf8Reader.InvalidUtf8Exception.class,
                () -> readAll(new StrictUtf8Reader(new ByteArrayInputStream(cut)), 16));
        assertTrue(e.getMessage().contains("offset 2"), e.getMessage());
    }

    @Test
    void afterTheEndItKeepsSayingSo() throws IOException {
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(new byte[0]));
        char[] buf = new char[8];
        assertEquals(-1, r.read(buf, 0, 8));
        assertEquals(-1, r.read(buf, 0, 8));
        assertEquals(0, r.read(buf, 0, 0));
    }

    private static String readAll(Reader r, int chunk) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[chunk];
        for (int n; (n = r.read(buf, 0, chunk)) >= 0; ) s.append(buf, 0, n);
        return s.toString();
    }

    private static InputStream oneByteAtATime(String text) {
        return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override public int read(byte[] b, int off, int len) throws IOException { return super.read(b, off, Math.min(len, 1)); }
        };
    }
}
