package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;

class JsonLinesReaderTest {
    private static List<Outcome> read(String content, int maxBytes) {
        return read(content.getBytes(StandardCharsets.UTF_8), maxBytes);
    }

    private static List<Outcome> read(byte[] content, int maxBytes) {
        List<Outcome> outcomes = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader("feed.jsonl", "feed", new ByteArrayInputStream(content),
                maxBytes)) {
            reader.forEachRemaining(outcomes::add);
        }
        return outcomes;
    }

    private static Article article(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success) outcome).article();
    }

    private static String failure(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Failure.class);
        return ((Outcome.Failure) outcome).message();
    }

    @Test
    void readsEveryField() {
        List<Outcome> outcomes = read("""
                {"id":"r1","title":"Talks resume","text":"BRUSSELS (AP) — Talks resumed.\\r\\nBoth sides met.","published":"2023-09-30T22:15:00-04:00","url":"https://x.example/1","source":"Wire"}
                """, 1000);

        Article a = article(outcomes.get(0));
        assertThat(outcomes).hasSize(1);
        assertThat(a.id()).isEqualTo("r1");
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.text()).isEqualTo("BRUSSELS (AP) — Talks resumed.\nBoth sides met.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(a.url()).isEqualTo("https://x.example/1");
        assertThat(a.source()).isEqualTo("Wire");
        assertThat(a.datelinePlace()).isEqualTo("Brussels");
        assertThat(a.origin()).isEqualTo("feed.jsonl:1");
    }

    @Test
    void aBadLineInTheMiddleFailsAloneAndBlankLinesAreSkipped() {
        List<Outcome> outcomes = read("""
                {"id":"a","text":"First."}

                {"id":"b","text":
                {"id":"c","text":"Third.","published":"2023-09-30"}
                """, 1000);

        assertThat(outcomes).hasSize(3);
        assertThat(article(outcomes.get(0)).id()).isEqualTo("a");
        assertThat(failure(outcomes.get(1))).startsWith("feed.jsonl:3: invalid JSON (").doesNotContain("\n");
        assertThat(article(outcomes.get(2)).id()).isEqualTo("c");
        assertThat(article(outcomes.get(2)).origin()).isEqualTo("feed.jsonl:4");
    }

    @Test
    void namesAnArticleWithoutIdAfterTheFileAndLine() {
        List<Outcome> outcomes = read("\n\n{\"text\":\"Body.\"}\n{\"id\":17,\"text\":\"Body.\"}\n", 1000);
        assertThat(article(outcomes.get(0)).id()).isEqualTo("feed-3");
        assertThat(article(outcomes.get(1)).id()).isEqualTo("17");
    }

    @Test
    void reportsEachKindOfBadLine() {
        List<Outcome> outcomes = read(String.join("\n",
                "[1,2]",
                "{\"id\":\"x\"}",
                "{\"text\":\"  \"}",
                "{\"text\":42}",
                "{\"text\":\"Body.\",\"published\":\"last week\"}",
                "{\"text\":\"a\"} {\"text\":\"b\"}",
                "{\"text\":\"" + "x".repeat(100) + "\"}"), 60);

        assertThat(outcomes).extracting(JsonLinesReaderTest::failure).satisfiesExactly(
                m -> assertThat(m).isEqualTo("feed.jsonl:1: not a JSON object"),
                m -> assertThat(m).isEqualTo("feed.jsonl:2: no \"text\" field"),
                m -> assertThat(m).isEqualTo("feed.jsonl:3: \"text\" is not a non-blank string"),
                m -> assertThat(m).isEqualTo("feed.jsonl:4: \"text\" is not a non-blank string"),
                m -> assertThat(m).isEqualTo("feed.jsonl:5: \"published\" is not a date: \"last week\""),
                m -> assertThat(m).startsWith("feed.jsonl:6: invalid JSON (Trailing token"),
                m -> assertThat(m).isEqualTo("feed.jsonl:7: line longer than 60 bytes"));
    }

    @Test
    void aFileWithoutLinesIsEmpty() {
        assertThat(read("\n  \n\n", 1000)).extracting(JsonLinesReaderTest::failure)
                .containsExactly("feed.jsonl: empty file (no JSON lines)");
    }

    @Test
    void decodesEachLineOnItsOwn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[bom.length + utf8.length + latin1.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(utf8, 0, all, bom.length, utf8.length);
        System.arraycopy(latin1, 0, all, bom.length + utf8.length, latin1.length);

        assertThat(read(all, 1000)).extracting(o -> article(o).text()).containsExactly("café", "café");
    }
}
