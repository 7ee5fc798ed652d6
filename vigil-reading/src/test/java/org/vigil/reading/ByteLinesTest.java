package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
    private static List<String> lines(String text, int maxBytes) throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxBytes);
        List<String> out = new ArrayList<>();
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            out.add(line.number() + ":" + (line.tooLong() ? "TOO LONG" : new String(line.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void splitsAtNewlinesAndKeepsAnUnterminatedLastLine() throws IOException {
        assertThat(lines("a\n\nbc\nd", 10)).containsExactly("1:a", "2:", "3:bc", "4:d");
    }

    @Test
    void aFinalNewlineEndsTheLastLine() throws IOException {
        assertThat(lines("a\nb\n", 10)).containsExactly("1:a", "2:b");
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void skipsALineOverTheLimitAndGoesOn() throws IOException {
        assertThat(lines("short\n" + "x".repeat(11) + "\nexactly10!\n", 10))
                .containsExactly("1:short", "2:TOO LONG", "3:exactly10!");
    }

    @Test
    void readsLinesLongerThanItsBuffer() throws IOException {
        String longLine = "y".repeat(200_000);
        assertThat(lines(longLine + "\nz", 300_000)).containsExactly("1:" + longLine, "2:z");
        assertThat(lines(longLine + "\nz", 199_999)).containsExactly("1:TOO LONG", "2:z");
    }
}
