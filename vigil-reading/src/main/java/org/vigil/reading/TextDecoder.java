package org.vigil.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of unknown encoding to text. News files arrive as UTF-8 (with or without a byte order mark), UTF-16 from
 * Windows tools, or Windows-1252 from older CMSs; a byte order mark is trusted, then UTF-8 is tried strictly,
 * because text that is not UTF-8 almost never decodes as UTF-8 by chance. What is left is read as Windows-1252,
 * or as ISO-8859-1 when it holds bytes Windows-1252 leaves undefined (so they survive as C1 characters rather
 * than failing). Line ends become {@code \n} so offsets do not depend on the platform that wrote the file.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    public static String decode(byte[] bytes, int offset, int length) {
        return normaliseLineEnds(decodeRaw(bytes, offset, length));
    }

    private static String decodeRaw(byte[] bytes, int offset, int length) {
        if (startsWith(bytes, offset, length, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, offset + 3, length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, offset, length, 0xFF, 0xFE)) {
            return new String(bytes, offset + 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, offset, length, 0xFE, 0xFF)) {
            return new String(bytes, offset + 2, length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            Charset single = hasBytesUndefinedIn1252(bytes, offset, length) ? StandardCharsets.ISO_8859_1 : WINDOWS_1252;
            return new String(bytes, offset, length, single);
        }
    }

    /** True when the bytes open with the given byte order mark. */
    static boolean startsWith(byte[] bytes, int offset, int length, int... mark) {
        if (length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[offset + i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes open with a UTF-16 byte order mark, in either order. */
    static boolean hasUtf16Mark(byte[] bytes, int length) {
        return startsWith(bytes, 0, length, 0xFF, 0xFE) || startsWith(bytes, 0, length, 0xFE, 0xFF);
    }

    private static boolean hasBytesUndefinedIn1252(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            switch (bytes[i] & 0xFF) {
                case 0x81, 0x8D, 0x8F, 0x90, 0x9D -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
