package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Kirby said “it’s worrisome” in Priština — café";

    @Test
    void readsUtf8() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16LittleEndianWithItsMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16BigEndianWithItsMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void readsWindows1252CurlyQuotes() {
        byte[] bytes = {0x48, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, (byte) 0x93, 0x6E, 0x6F, (byte) 0x94};
        assertThat(TextDecoder.decode(bytes)).isEqualTo("He said “no”");
    }

    @Test
    void readsLatin1Accents() {
        assertThat(TextDecoder.decode("caf\u00e9 in Priz\u00e9n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("café in Prizén");
    }

    @Test
    void fallsBackToLatin1WhenBytesUndefinedInWindows1252Appear() {
        // 0x81 has no Windows-1252 character; 0x93 would be a curly quote there but is a C1 control in Latin-1.
        byte[] bytes = {0x63, 0x61, 0x66, (byte) 0xE9, 0x20, (byte) 0x81, (byte) 0x93};
        assertThat(TextDecoder.decode(bytes)).isEqualTo("café \u0081\u0093");
    }

    @Test
    void normalisesLineEnds() {
        assertThat(TextDecoder.decode("a\r\nb\rc\nd\r\n\r\ne".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("a\nb\nc\nd\n\ne");
    }

    @Test
    void normalisesLineEndsInUtf16Too() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\r\nb".getBytes(Charset.forName("UTF-16LE")));
        assertThat(TextDecoder.decode(bytes)).isEqualTo("a\nb");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
