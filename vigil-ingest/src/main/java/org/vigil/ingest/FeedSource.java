package org.vigil.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.vigil.model.Article;
import org.vigil.reading.Outcome;
import org.xml.sax.InputSource;

/** RSS and Atom feeds, from a URL or a file, to one outcome per entry. */
final class FeedSource {
    private static final int MAX_REDIRECTS = 5;

    private final IngestOptions options;
    private final AddressGuard guard;
    private final HttpClient client;

    FeedSource(IngestOptions options) {
        this.options = options;
        this.guard = new AddressGuard(options.allowPrivateAddresses());
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.feedTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static boolean isUrl(String input) {
        return input.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    }

    static boolean isFeedFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }

    /** The entries of the feed at a URL; a failure naming the URL when it cannot be fetched or parsed. */
    List<Outcome> fromUrl(String url) {
        byte[] body;
        try {
            body = fetch(url);
        } catch (FeedProblem e) {
            return List.of(new Outcome.Failure(url, e.getMessage()));
        }
        return parse(url, body);
    }

    /** The entries of a feed file. */
    List<Outcome> fromFile(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > options.maxFeedBytes()) {
                return List.of(new Outcome.Failure(name, "feed too large (" + size + " bytes; the limit is "
                        + options.maxFeedBytes() + ")"));
            }
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of(new Outcome.Failure(name, "cannot read feed (" + e.getMessage() + ")"));
        }
    }

    private byte[] fetch(String url) throws FeedProblem {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FeedProblem("not a valid address (" + e.getReason() + ")");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String refusal = guard.refusal(uri);
            if (refusal != null) {
                throw new FeedProblem(hop == 0 ? refusal : "redirected to " + uri + ": " + refusal);
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.feedTimeout())
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                    .header("User-Agent", "Vigil feed reader").GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                throw new FeedProblem("unreachable: connect timed out after " + options.feedTimeout().toMillis() + " ms");
            } catch (HttpTimeoutException e) {
                throw new FeedProblem("unreachable: timed out after " + options.feedTimeout().toMillis() + " ms");
            } catch (ConnectException e) {
                throw new FeedProblem("unreachable: connection refused or failed");
            } catch (IOException e) {
                throw new FeedProblem("unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedProblem("interrupted while fetching");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FeedProblem("HTTP " + status + " without a Location");
                }
                uri = uri.resolve(location);
                continue;
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw new FeedProblem("HTTP status " + status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > options.maxFeedBytes()) {
                closeQuietly(response.body());
                throw new FeedProblem(tooLarge(declared + " bytes"));
            }
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes((int) options.maxFeedBytes() + 1);
                if (bytes.length > options.maxFeedBytes()) {
                    throw new FeedProblem(tooLarge("more than " + options.maxFeedBytes() + " bytes"));
                }
                return bytes;
            } catch (HttpTimeoutException e) {
                throw new FeedProblem("unreachable: timed out reading after " + options.feedTimeout().toMillis() + " ms");
            } catch (IOException e) {
                throw new FeedProblem("reading the feed failed (" + e.getMessage() + ")");
            }
        }
        throw new FeedProblem("too many redirects (more than " + MAX_REDIRECTS + ")");
    }

    private String tooLarge(String size) {
        return "feed too large (" + size + "; the limit is " + options.maxFeedBytes() + ")";
    }

    /** Parses with doctypes off: no DTD, so no external entities and no entity expansion. */
    List<Outcome> parse(String input, byte[] body) {
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput(false, Locale.ROOT);
            parser.setAllowDoctypes(false);
            parser.setXmlHealerOn(false);
            feed = parser.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new Outcome.Failure(input, describe(e)));
        } catch (RuntimeException e) {
            return List.of(new Outcome.Failure(input, "malformed feed (" + e + ")"));
        }
        String source = blankToNull(feed.getTitle());
        List<Outcome> outcomes = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return List.of(new Outcome.Failure(input, "feed has no entries"));
        }
        for (int i = 0; i < entries.size(); i++) {
            outcomes.add(entry(input, i + 1, source, entries.get(i)));
        }
        return outcomes;
    }

    private static Outcome entry(String input, int number, String source, SyndEntry entry) {
        String origin = input + "#" + number;
        String text = entryText(entry);
        if (text.isBlank()) {
            return new Outcome.Failure(origin, "feed entry has no text (no description or content)");
        }
        String link = blankToNull(entry.getLink());
        String id = firstNonBlank(entry.getUri(), link);
        if (id == null) {
            id = "feed-" + org.vigil.store.ContentHash.of(text).substring(0, 16);
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        String title = blankToNull(entry.getTitle());
        return new Outcome.Success(new Article(id, title == null ? null : title.strip(), source, link, published, null,
                "en", text, origin));
    }

    /** The entry's content, or else its description, as plain paragraphs. */
    private static String entryText(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return HtmlToText.of(Jsoup.parseBodyFragment(html.toString()).body());
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : message;
        if (detail.contains("DOCTYPE")) {
            return "XML with a DOCTYPE or entity declarations is refused (external entities and entity expansion"
                    + " are not allowed)";
        }
        if (detail.contains("UTF-8") || detail.contains("Invalid byte")) {
            return "invalid UTF-8 in feed (" + detail.lines().findFirst().orElse("") + ")";
        }
        return "malformed feed (" + detail.lines().findFirst().orElse("") + ")";
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** Why a feed could not be fetched. */
    static final class FeedProblem extends Exception {
        FeedProblem(String reason) {
            super(reason);
        }
    }
}
