package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.Article;

class ArticleInputsTest {
    private static final String WIRE = "Talks resume in Brussels\n\nSep 30, 2023\n\nBRUSSELS (AP) — Talks resumed.\n";
    private static final String PAGE = "<html><head><title>Talks</title></head><body><article><p>Talks resumed in "
            + "Brussels on Saturday after a pause of three months, diplomats said.</p></article></body></html>";

    @TempDir
    Path dir;

    private final ArticleInputs inputs = new ArticleInputs();

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static List<Outcome> readAll(ArticleInputs inputs, Path... paths) {
        try (Stream<Outcome> outcomes = inputs.read(List.of(paths))) {
            return outcomes.toList();
        }
    }

    private List<Outcome> readAll(Path... paths) {
        return readAll(inputs, paths);
    }

    /** Each outcome as {@code origin [id]} or {@code FAILED message}, relative to the temp dir. */
    private List<String> describe(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> o instanceof Outcome.Success s
                ? dir.relativize(Path.of(s.article().origin().replaceAll(":\\d+$", ""))) + originLine(s.article())
                        + " [" + s.article().id() + "]"
                : "FAILED " + ((Outcome.Failure) o).message().replace(dir + "/", "")).toList();
    }

    private static String originLine(Article article) {
        return article.origin().matches(".*:\\d+$") ? article.origin().substring(article.origin().lastIndexOf(':')) : "";
    }

    private static String onlyFailure(List<Outcome> outcomes) {
        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Failure.class);
        return ((Outcome.Failure) outcomes.get(0)).message();
    }

    private static Article onlyArticle(List<Outcome> outcomes) {
        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success) outcomes.get(0)).article();
    }

    @Test
    void walksFoldersInNameOrderSkipsHiddenOnesAndChoosesTheReader() throws IOException {
        write("corpus/b.txt", WIRE);
        write("corpus/a/page.html", PAGE);
        write("corpus/a/feed.ndjson", "{\"id\":\"f1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        write("corpus/c/story", "<!DOCTYPE html>" + PAGE);
        write("corpus/c/records.json", "\n  {\"id\":\"r1\",\"text\":\"One.\"}\n");
        write("corpus/c/xml.txt", "<?xml version=\"1.0\"?>\n<!-- saved page -->\n" + PAGE);
        write("corpus/c/wire.dat", WIRE);
        write("corpus/.hidden.txt", WIRE);
        write("corpus/.git/x.txt", WIRE);

        List<Outcome> outcomes = readAll(dir.resolve("corpus"));

        assertThat(describe(outcomes)).containsExactly(
                "corpus/a/feed.ndjson:1 [f1]",
                "corpus/a/feed.ndjson:2 [feed-2]",
                "corpus/a/page.html [page]",
                "corpus/b.txt [b]",
                "corpus/c/records.json:2 [r1]",
                "corpus/c/story [story]",
                "corpus/c/wire.dat [wire]",
                "corpus/c/xml.txt [xml]");
        List<String> texts = outcomes.stream().map(o -> ((Outcome.Success) o).article().text()).toList();
        assertThat(texts.get(2)).startsWith("Talks resumed in Brussels");
        assertThat(texts.get(3)).isEqualTo("BRUSSELS (AP) — Talks resumed.");
        assertThat(texts.get(5)).isEqualTo(texts.get(2));
        assertThat(texts.get(6)).isEqualTo(texts.get(3));
        assertThat(texts.get(7)).isEqualTo(texts.get(2));
    }

    @Test
    void keepsTheOrderOfTheInputsGiven() throws IOException {
        Path z = write("z.txt", WIRE);
        Path a = write("a.txt", WIRE);
        assertThat(describe(readAll(z, a))).containsExactly("z.txt [z]", "a.txt [a]");
    }

    @Test
    void readsTheWireFieldsThroughTheFacade() throws IOException {
        Article article = onlyArticle(readAll(write("in/r-17.txt", WIRE)));
        assertThat(article.id()).isEqualTo("r-17");
        assertThat(article.origin()).isEqualTo(dir.resolve("in/r-17.txt").toString());
        assertThat(article.title()).isEqualTo("Talks resume in Brussels");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(article.datelinePlace()).isEqualTo("Brussels");
    }

    @Test
    void aMissingPathIsAFailureAndReadingGoesOn() throws IOException {
        Path good = write("good.txt", WIRE);
        List<Outcome> outcomes = readAll(dir.resolve("nope.txt"), good);
        assertThat(describe(outcomes)).containsExactly("FAILED nope.txt: no such file or folder", "good.txt [good]");
    }

    @Test
    void anEmptyFolderGivesNothing() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(readAll(dir.resolve("empty"))).isEmpty();
        assertThat(inputs.readAll(List.of(dir.resolve("empty")), a -> { }).format()).isEqualTo("read 0, failed 0");
    }

    @Test
    void tallysARunAndHandsOverEachArticle() throws IOException {
        write("run/1.txt", WIRE);
        write("run/2.bin", new byte[] {1, 2, 0, 4});
        write("run/3.jsonl", "{\"text\":\"One.\"}\nnot json\n{\"text\":\"Three.\"}\n");
        List<String> ids = new ArrayList<>();

        ReadSummary summary = inputs.readAll(List.of(dir.resolve("run")), a -> ids.add(a.id()));

        assertThat(ids).containsExactly("1", "3-1", "3-3");
        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.format()).isEqualTo("read 3, failed 2");
        assertThat(summary.failures()).extracting(Outcome.Failure::input)
                .containsExactly(dir.resolve("run/2.bin").toString(), dir.resolve("run/3.jsonl") + ":2");
    }

    @Test
    void opensEachFileOnlyWhenItsOutcomeIsAskedFor() throws IOException {
        write("lazy/a.txt", WIRE);
        Path second = write("lazy/b.txt", WIRE);
        try (Stream<Outcome> outcomes = inputs.read(List.of(dir.resolve("lazy")))) {
            Iterator<Outcome> it = outcomes.iterator();
            assertThat(it.next()).isInstanceOf(Outcome.Success.class);
            Files.delete(second);
            assertThat(((Outcome.Failure) it.next()).message()).isEqualTo(second + ": no such file or folder");
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void aLinkLoopEndsWithAFailure() throws IOException {
        write("loop/a.txt", WIRE);
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        assertThat(describe(readAll(dir.resolve("loop")))).containsExactly(
                "loop/a.txt [a]",
                "FAILED loop/back: folder already read (a link loop or a repeat)");
    }

    @Test
    void rejectsALimitOutOfRange() {
        assertThatThrownBy(() -> new ArticleInputs(0)).isInstanceOf(IllegalArgumentException.class);
    }

    // Encodings

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM"})
    void decodesUnicodeFiles(String encoding) throws IOException {
        String wire = "Café talks “resume”\r\n\r\nSep 30, 2023\r\n\r\nPRIŠTINA, Kosovo — Talks resumed in the café.\r\n";
        byte[] bytes = switch (encoding) {
            case "UTF-8" -> wire.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 BOM" -> ("\uFEFF" + wire).getBytes(StandardCharsets.UTF_8);
            case "UTF-16LE BOM" -> ("\uFEFF" + wire).getBytes(StandardCharsets.UTF_16LE);
            default -> ("\uFEFF" + wire).getBytes(StandardCharsets.UTF_16BE);
        };
        Article article = onlyArticle(readAll(write("enc.txt", bytes)));
        assertThat(article.title()).isEqualTo("Café talks “resume”");
        assertThat(article.text()).isEqualTo("PRIŠTINA, Kosovo — Talks resumed in the café.");
        assertThat(article.datelinePlace()).isEqualTo("Priština, Kosovo");
    }

    @Test
    void decodesWindows1252CurlyQuotes() throws IOException {
        byte[] bytes = "Headline\nSep 30, 2023\nHe said “no” to the café.".getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0x93, (byte) 0x94);
        assertThat(onlyArticle(readAll(write("cp1252.txt", bytes))).text()).isEqualTo("He said “no” to the café.");
    }

    @Test
    void decodesLatin1() throws IOException {
        byte[] bytes = "Headline\nSep 30, 2023\nThe mayor of Prizén spoke.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(onlyArticle(readAll(write("latin1.txt", bytes))).text()).isEqualTo("The mayor of Prizén spoke.");
    }

    // Bad input: each message names the file and the reason

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": empty file");
    }

    @Test
    void aWhitespaceOnlyFileIsBadInput() throws IOException {
        Path file = write("blank.txt", " \n\t\r\n  ");
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": empty file (only whitespace)");
    }

    @Test
    void aFileWithNulBytesIsBinary() throws IOException {
        byte[] bytes = "Headline\nbody".getBytes(StandardCharsets.US_ASCII);
        bytes[12] = 0;
        Path file = write("bad.bin", bytes);
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": binary content (NUL bytes at offset 12)");
    }

    @Test
    void aNamedJsonLinesFileWithNulBytesIsBinary() throws IOException {
        Path file = write("bad.jsonl", new byte[] {'{', 0, '}'});
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": binary content (NUL bytes at offset 1)");
    }

    @Test
    void aFileOfControlCharactersIsBinary() throws IOException {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
        }
        Path file = write("controls.txt", bytes);
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": binary content (25% control characters)");
    }

    @Test
    void aFileOverTheLimitIsOversized() throws IOException {
        ArticleInputs small = new ArticleInputs(100);
        Path file = write("big.txt", "Headline\n\n" + "x".repeat(190));
        Path fits = write("fits.txt", "Headline\n\n" + "x".repeat(90));
        assertThat(onlyFailure(readAll(small, file))).isEqualTo(file + ": file too large (200 bytes; the limit is 100)");
        assertThat(onlyArticle(readAll(small, fits)).text()).hasSize(90);
    }

    @Test
    void aJsonLinesFileIsLimitedLineByLineNotAsAWhole() throws IOException {
        String line = "{\"text\":\"" + "x".repeat(50) + "\"}\n";
        Path file = write("many.jsonl", line.repeat(5) + "{\"text\":\"" + "y".repeat(100) + "\"}\n" + line);
        List<Outcome> outcomes = readAll(new ArticleInputs(100), file);
        assertThat(outcomes).hasSize(7).filteredOn(Outcome.Failure.class::isInstance)
                .extracting(o -> ((Outcome.Failure) o).message())
                .containsExactly(file + ":6: line longer than 100 bytes");
    }

    @Test
    void anHtmlPageWithoutTextIsBadInput() throws IOException {
        Path file = write("x.html", "<html><head><title>Empty</title></head><body><img src=a.png></body></html>");
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": no readable text in the HTML page");
    }

    @Test
    void aJsonLineThatIsNoObjectIsBadInput() throws IOException {
        Path file = write("x.jsonl", "\"just a string\"\n");
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ":1: not a JSON object");
    }

    @Test
    void aUtf16JsonLinesFileIsBadInput() throws IOException {
        Path file = write("x.jsonl", "\uFEFF{\"text\":\"a\"}\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(onlyFailure(readAll(file)))
                .isEqualTo(file + ": JSON Lines must be UTF-8 (found a UTF-16 byte order mark)");
    }

    @Test
    void aWireFileWithoutBodyIsBadInput() throws IOException {
        Path file = write("x.txt", "Only a headline\n\nSep 30, 2023\n");
        assertThat(onlyFailure(readAll(file))).isEqualTo(file + ": no body text after the headline");
    }
}
