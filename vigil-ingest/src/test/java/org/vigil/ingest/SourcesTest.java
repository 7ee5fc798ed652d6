package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.CodedArticle;
import org.vigil.store.EventStore;
import org.vigil.store.StoreCounts;

class SourcesTest {
    @TempDir
    Path dir;
    EventStore store;
    FakeCoder coder = new FakeCoder();

    @BeforeEach
    void open() {
        store = EventStore.open(":memory:");
        store.migrate();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Ingester ingester(IngestOptions options) {
        return new Ingester(store, coder, 2, options.withProgress(false));
    }

    Ingester ingester() {
        return ingester(IngestOptions.defaults());
    }

    @Test
    void folderOfFilesIsCodedOnceAndAgainChangesNothing() throws Exception {
        Fixtures.write(dir.resolve("in/a.txt"), "Talks stall\n\nSerbia accused Kosovo of stalling the talks on Monday, officials said.");
        Fixtures.write(dir.resolve("in/sub/b.txt"), "Budget talks\n\nFrance and Germany met in Paris to discuss the budget.");
        Fixtures.write(dir.resolve("in/.hidden.txt"), "Hidden\n\nA hidden note that must not be read at all.");
        IngestReport first = ingester().ingest(List.of(dir.resolve("in").toString()));
        assertThat(first.coded()).as(first.toString()).isEqualTo(2);
        assertThat(first.skipped()).isZero();
        StoreCounts before = store.counts();
        assertThat(before.articles()).isEqualTo(2);
        assertThat(store.article("a")).isPresent();

        IngestReport again = ingester().ingest(List.of(dir.resolve("in").toString()));
        assertThat(again.coded()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        StoreCounts after = store.counts();
        assertThat(after.articles()).isEqualTo(before.articles());
        assertThat(after.events()).isEqualTo(before.events());
        assertThat(after.evidence()).isEqualTo(before.evidence());
        assertThat(after.ingestLog()).isEqualTo(before.ingestLog() + 2);
        assertThat(coder.calls.get()).as("duplicates are not coded again").isEqualTo(2);
    }

    @Test
    void jsonLinesGiveOneArticlePerLine() throws Exception {
        Path file = Fixtures.write(dir.resolve("news.jsonl"),
                "{\"id\":\"j1\",\"source\":\"Outlet\",\"published\":\"2024-02-01\",\"text\":\"Brazil met Argentina in talks on trade.\"}\n"
                        + "{\"id\":\"j2\",\"text\":\"France accused Germany of breaking the rules on Tuesday.\"}\n"
                        + "{\"id\":\"j3\"}\n");
        IngestReport report = ingester().ingest(List.of(file.toString()));
        assertThat(report.coded()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().contains("news.jsonl:3").contains("text");
        assertThat(store.article("j1").orElseThrow().article().published()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(store.counts().ingestLog()).isEqualTo(3);
    }

    @Test
    void sameTextUnderAnotherIdIsADuplicate() throws Exception {
        Path file = Fixtures.write(dir.resolve("twice.jsonl"),
                "{\"id\":\"x1\",\"text\":\"France accused Germany of breaking the rules on Tuesday.\"}\n"
                        + "{\"id\":\"x2\",\"text\":\"France  accused Germany of breaking the rules on Tuesday.\"}\n");
        IngestReport report = ingester().ingest(List.of(file.toString()));
        assertThat(report.coded()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(store.counts().articles()).isEqualTo(1);
    }

    @Test
    void warcHtmlResponsesAreRead() throws Exception {
        byte[] html = Fixtures.page("Talks resume", "Serbia and Kosovo resumed talks in Brussels on Monday, the EU said.")
                .getBytes(StandardCharsets.UTF_8);
        Path warc = Fixtures.write(dir.resolve("crawl.warc"), Fixtures.concat(
                Fixtures.requestRecord("http://news.example.org/talks"),
                Fixtures.responseRecord("http://news.example.org/talks", "text/html; charset=utf-8", html),
                Fixtures.responseRecord("http://news.example.org/logo.png", "image/png", new byte[] {1, 2, 3})));
        IngestReport report = ingester().ingest(List.of(warc.toString()));
        assertThat(report.coded()).isEqualTo(1);
        assertThat(report.skipped()).isZero();
        CodedArticle stored = store.article("http://news.example.org/talks").orElseThrow();
        assertThat(stored.article().text()).isEqualTo("Serbia and Kosovo resumed talks in Brussels on Monday, the EU said.");
        assertThat(stored.article().title()).isEqualTo("Talks resume");
        assertThat(stored.article().source()).isEqualTo("Archive Times");
        assertThat(stored.article().published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(ingester().ingest(List.of(warc.toString())).duplicates()).isEqualTo(1);
    }

    @Test
    void rssFileEntriesAreArticlesAndEmptyEntriesAreSkipped() throws Exception {
        Path feed = Fixtures.write(dir.resolve("wire.rss"), Fixtures.rss(
                Fixtures.item("Clashes", "http://example.org/1", "Mon, 04 Mar 2024 10:00:00 GMT",
                        "<p>Serbia attacked a post in Kosovo, police said.</p><p>Two were hurt.</p>"),
                Fixtures.item("Summit", "http://example.org/2", null, "Brazil met Argentina in Brasilia."),
                Fixtures.item("Photo only", "http://example.org/3", null, null)));
        IngestReport report = ingester().ingest(List.of(feed.toString()));
        assertThat(report.coded()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString()
                .startsWith(feed + "#3: ").contains("no text");
        CodedArticle first = store.article("http://example.org/1").orElseThrow();
        assertThat(first.article().title()).isEqualTo("Clashes");
        assertThat(first.article().url()).isEqualTo("http://example.org/1");
        assertThat(first.article().source()).isEqualTo("Wire Feed");
        assertThat(first.article().published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(first.article().text()).isEqualTo("Serbia attacked a post in Kosovo, police said.\n\nTwo were hurt.");
    }

    @Test
    void atomFileEntriesUseTheirContent() throws Exception {
        Path feed = Fixtures.write(dir.resolve("feed.atom"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title><id>urn:feed</id>"
                + "<updated>2024-03-05T00:00:00Z</updated>"
                + "<entry><title>Budget</title><id>urn:entry:1</id><link href=\"http://example.org/a\"/>"
                + "<published>2024-03-05T09:00:00Z</published><updated>2024-03-05T09:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;France and Germany met to agree the budget.&lt;/p&gt;</content></entry>"
                + "</feed>");
        IngestReport report = ingester().ingest(List.of(feed.toString()));
        assertThat(report.coded()).isEqualTo(1);
        CodedArticle stored = store.article("urn:entry:1").orElseThrow();
        assertThat(stored.article().text()).isEqualTo("France and Germany met to agree the budget.");
        assertThat(stored.article().source()).isEqualTo("Atom News");
        assertThat(stored.article().url()).isEqualTo("http://example.org/a");
    }

    @Test
    void feedOverHttpFromALoopbackServerWhenAllowed() throws Exception {
        HttpServer server = serve(Fixtures.rss(Fixtures.item("One", "http://example.org/h1", null,
                "Serbia accused Kosovo of delay.")));
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
            IngestReport report = ingester(IngestOptions.defaults().withAllowPrivateAddresses(true))
                    .ingest(List.of(url));
            assertThat(report.coded()).isEqualTo(1);
            assertThat(store.article("http://example.org/h1")).isPresent();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void followPollsUntilToldToStop() throws Exception {
        Path feed = dir.resolve("poll.rss");
        Fixtures.write(feed, Fixtures.rss(Fixtures.item("One", "http://example.org/p1", null, "Serbia accused Kosovo.")));
        AtomicInteger rounds = new AtomicInteger();
        IngestReport report = ingester().follow(List.of(feed.toString()), Duration.ofMillis(10), () -> {
            if (rounds.incrementAndGet() == 1) {
                try {
                    Fixtures.write(feed, Fixtures.rss(
                            Fixtures.item("One", "http://example.org/p1", null, "Serbia accused Kosovo."),
                            Fixtures.item("Two", "http://example.org/p2", null, "France met Germany.")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return true;
            }
            return false;
        });
        assertThat(rounds.get()).isEqualTo(2);
        assertThat(report.coded()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(store.counts().articles()).isEqualTo(2);
    }

    static HttpServer serve(String body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
