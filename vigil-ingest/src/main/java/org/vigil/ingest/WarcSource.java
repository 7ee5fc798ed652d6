package org.vigil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigil.model.Article;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;
import org.vigil.reading.TextDecoder;

/**
 * A WARC file (plain or gzipped) to one outcome per HTML response record. Other records (requests, metadata,
 * responses that are not HTML) are passed over silently; a truncated or malformed file ends with a failure naming
 * the file and the record.
 */
final class WarcSource {
    private final int maxBytes;

    WarcSource() {
        this(ArticleInputs.DEFAULT_MAX_BYTES);
    }

    WarcSource(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    List<Outcome> read(Path file) {
        String name = file.toString();
        List<Outcome> outcomes = new ArrayList<>();
        int number = 0;
        int html = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    outcomes.add(new Outcome.Failure(name, "truncated or malformed WARC after record " + number + " ("
                            + message(e) + ")"));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                if (next.get() instanceof WarcResponse response) {
                    Outcome outcome = response(name + "#" + number, response);
                    if (outcome != null) {
                        html++;
                        outcomes.add(outcome);
                        if (outcome instanceof Outcome.Failure f && f.reason().startsWith("truncated")) {
                            break;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            outcomes.add(new Outcome.Failure(name, "cannot read WARC (" + message(e) + ")"));
        }
        if (outcomes.isEmpty() && html == 0) {
            outcomes.add(new Outcome.Failure(name, number == 0 ? "empty WARC (no records)"
                    : "no HTML response records in the WARC"));
        }
        return outcomes;
    }

    /** An outcome for an HTML response record, or null for a record that is not one. */
    private Outcome response(String origin, WarcResponse response) {
        try {
            long declared = response.body().size();
            if (declared > maxBytes) {
                return new Outcome.Failure(origin, "record too large (" + declared + " bytes; the limit is "
                        + maxBytes + ")");
            }
            byte[] block;
            try (InputStream in = response.body().stream()) {
                block = in.readNBytes((int) declared);
            }
            if (block.length < declared) {
                return new Outcome.Failure(origin, "truncated WARC record (" + block.length + " of " + declared
                        + " bytes)");
            }
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return null;
            }
            HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.body().stream()) {
                body = in.readAllBytes();
            }
            String charset = type.parameters().get("charset");
            String page;
            if (charset != null && charset.replace("-", "").equalsIgnoreCase("utf8")) {
                try {
                    page = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
                } catch (CharacterCodingException e) {
                    return new Outcome.Failure(origin, "invalid UTF-8 in an HTML page declared as UTF-8");
                }
            } else {
                page = TextDecoder.decode(body);
            }
            return article(origin, response.target(), page);
        } catch (java.io.EOFException e) {
            return new Outcome.Failure(origin, "truncated WARC record (" + message(e) + ")");
        } catch (IOException | RuntimeException e) {
            String m = message(e);
            return new Outcome.Failure(origin, (m.contains("more bytes") ? "truncated" : "malformed")
                    + " WARC record (" + m + ")");
        }
    }

    private static Outcome article(String origin, String target, String page) {
        Document doc = Jsoup.parse(page, target == null ? "" : target);
        String text = HtmlToText.of(doc.body());
        if (text.isBlank()) {
            return new Outcome.Failure(origin, "no readable text in the HTML page");
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        String source = meta(doc, "og:site_name");
        if (source == null && target != null) {
            try {
                source = URI.create(target).getHost();
            } catch (IllegalArgumentException ignored) {
                // keep null
            }
        }
        LocalDate published = null;
        String date = meta(doc, "article:published_time");
        if (date != null && date.length() >= 10) {
            try {
                published = LocalDate.parse(date.substring(0, 10));
            } catch (RuntimeException ignored) {
                // unknown date
            }
        }
        String id = target != null ? target : origin;
        return new Outcome.Success(new Article(id, title, source, target, published, null, "en", text, origin));
    }

    private static String meta(Document doc, String property) {
        var element = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        if (element == null) {
            return null;
        }
        String content = element.attr("content");
        return content.isBlank() ? null : content.strip();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
