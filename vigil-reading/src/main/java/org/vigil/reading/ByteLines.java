package org.vigil.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream cut into lines at {@code \n}, holding at most one line of at most {@code maxBytes} in memory. A longer
 * line is skipped rather than read, so one runaway line cannot exhaust memory or sink the rest of the file.
 * Splitting bytes rather than characters lets each line be decoded on its own (see {@link TextDecoder}).
 */
final class ByteLines {
    /** One line without its {@code \n}; {@code bytes} is null when the line was longer than the limit. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int number;

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean started = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(in.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    if (!started) {
                        return null;
                    }
                    break;
                }
            }
            started = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            if (!tooLong) {
                tooLong = length + count > maxBytes;
                if (!tooLong) {
                    ensureCapacity(length + count);
                    System.arraycopy(buffer, position, line, length, count);
                    length += count;
                }
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        return new Line(number, tooLong ? null : Arrays.copyOf(line, length));
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.min(Math.max(needed, line.length * 2), maxBytes));
        }
    }
}
