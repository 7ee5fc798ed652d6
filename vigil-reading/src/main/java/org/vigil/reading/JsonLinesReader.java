package org.vigil.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.vigil.model.Article;
import org.vigil.model.Json;

/**
 * JSON Lines, one article per line: {@code {"id", "title", "text", "published", "url", "source"}}, only
 * {@code text} required. The file is read line by line, so its size is unbounded while each line is held to the
 * size limit of a single-article file. A bad line is a failure named {@code file:line} and reading goes on;
 * blank lines are skipped. An article without an id is named {@code <file stem>-<line>}. As in every other
 * reader, the text is stripped of surrounding white space and its line ends are normalised to {@code \n}.
 */
final class JsonLinesReader implements OutcomeSource {
    /** A line is one value: {@code {"text":"a"} {"text":"b"}} is a mistake to report, not half a line to read. */
    private static final ObjectReader JSON = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String name;
    private final String stem;
    private final InputStream in;
    private final ByteLines lines;
    private final int maxBytes;
    private Outcome pending;
    private boolean finished;
    private boolean sawLine;

    JsonLinesReader(String name, String stem, InputStream in, int maxBytes) {
        this.name = name;
        this.stem = stem;
        this.in = in;
        this.lines = new ByteLines(in, maxBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Outcome outcome = pending;
        pending = null;
        return outcome;
    }

    @Override
    public void close() {
        FileInput.closeQuietly(in);
    }

    /** The next line's outcome; at the end of the file null, or the failure of a file with no lines at all. */
    private Outcome advance() {
        try {
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                Outcome outcome = outcome(line);
                if (outcome != null) {
                    sawLine = true;
                    return outcome;
                }
            }
        } catch (IOException e) {
            finished = true;
            return Outcome.Failure.unreadable(name, e);
        }
        finished = true;
        return sawLine ? null : new Outcome.Failure(name, "empty file (no JSON lines)");
    }

    /** The line's article or failure, or null for a blank line. */
    private Outcome outcome(ByteLines.Line line) {
        String origin = name + ":" + line.number();
        if (line.tooLong()) {
            return new Outcome.Failure(origin, "line longer than " + maxBytes + " bytes");
        }
        String text = TextDecoder.decode(line.bytes());
        if (text.isBlank()) {
            return null;
        }
        try {
            return new Outcome.Success(article(origin, line.number(), JSON.readTree(text)));
        } catch (JsonProcessingException e) {
            return new Outcome.Failure(origin, "invalid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + ")");
        } catch (BadInputException e) {
            return e.toFailure();
        }
    }

    private Article article(String origin, int lineNumber, JsonNode node) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException(origin, "not a JSON object");
        }
        JsonNode text = node.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            throw new BadInputException(origin, text.isMissingNode() || text.isNull()
                    ? "no \"text\" field" : "\"text\" is not a non-blank string");
        }
        String body = TextDecoder.normaliseLineEnds(text.asText().strip());
        String id = string(node, "id");
        LocalDate published = null;
        String publishedText = string(node, "published");
        if (publishedText != null) {
            published = DateText.parse(publishedText).orElseThrow(() -> new BadInputException(origin,
                    "\"published\" is not a date: \"" + publishedText + "\""));
        }
        return new Article(id == null ? stem + "-" + lineNumber : id, string(node, "title"), string(node, "source"),
                string(node, "url"), published, Dateline.place(body), "en", body, origin);
    }

    /** A field's text (numbers too, for numeric ids), or null when it is absent, null or blank. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }
}
