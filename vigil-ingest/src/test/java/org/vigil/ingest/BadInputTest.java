package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStore;

class BadInputTest {
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

    IngestReport ingest(IngestOptions options, String input) {
        IngestReport report = new Ingester(store, coder, 2, options.withProgress(false)).ingest(List.of(input));
        assertThat(store.counts().ingestLog()).as("every outcome is logged").isEqualTo(report.coded()
                + report.duplicates() + report.skipped());
        return report;
    }

    /** The one problem of a run that stored nothing. */
    String onlyProblem(IngestReport report) {
        assertThat(report.coded()).isZero();
        assertThat(store.counts().articles()).isZero();
        assertThat(report.problems()).hasSize(1);
        return report.problems().get(0);
    }

    @Test
    void truncatedWarc() throws Exception {
        byte[] whole = Fixtures.responseRecord("http://example.org/t", "text/html",
                Fixtures.page("T", "Serbia accused Kosovo of a long list of things in a statement.").getBytes(StandardCharsets.UTF_8));
        Path warc = Fixtures.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 120));
        String problem = onlyProblem(ingest(IngestOptions.defaults(), warc.toString()));
        assertThat(problem).startsWith(warc.toString()).contains("truncated");
    }

    @Test
    void warcThatIsNotAWarc() throws Exception {
        Path warc = Fixtures.write(dir.resolve("junk.warc"), "this is not a web archive at all\n");
        String problem = onlyProblem(ingest(IngestOptions.defaults(), warc.toString()));
        assertThat(problem).startsWith(warc.toString()).contains("WARC");
    }

    @Test
    void invalidUtf8InAWarcPageDeclaredUtf8() throws Exception {
        byte[] body = Fixtures.concat("<html><body><p>Serbia accused Kosovo ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Path warc = Fixtures.write(dir.resolve("bad.warc"),
                Fixtures.responseRecord("http://example.org/u", "text/html; charset=UTF-8", body));
        String problem = onlyProblem(ingest(IngestOptions.defaults(), warc.toString()));
        assertThat(problem).startsWith(warc + "#1").contains("invalid UTF-8");
    }

    @Test
    void invalidUtf8InAFeed() throws Exception {
        byte[] bytes = Fixtures.concat(Fixtures.rss(Fixtures.item("A", "http://example.org/1", null, "Serbia "))
                .replace("Serbia ", "Serbia \u0000").getBytes(StandardCharsets.UTF_8));
        int nul = indexOf(bytes, (byte) 0);
        bytes[nul] = (byte) 0xFF;
        Path feed = Fixtures.write(dir.resolve("bad.rss"), bytes);
        String problem = onlyProblem(ingest(IngestOptions.defaults(), feed.toString()));
        assertThat(problem).startsWith(feed.toString()).contains("invalid UTF-8");
    }

    @Test
    void malformedFeed() throws Exception {
        Path feed = Fixtures.write(dir.resolve("broken.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Cut</title><item><title>half");
        String problem = onlyProblem(ingest(IngestOptions.defaults(), feed.toString()));
        assertThat(problem).startsWith(feed.toString()).contains("malformed feed");
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws Exception {
        Path secret = Fixtures.write(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path feed = Fixtures.write(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n" + Fixtures.rss(Fixtures.item("Leak", "http://example.org/x", null,
                "Serbia accused Kosovo")).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                .replace("<description><![CDATA[Serbia accused Kosovo]]></description>",
                        "<description>Serbia accused Kosovo &x;</description>"));
        String problem = onlyProblem(ingest(IngestOptions.defaults(), feed.toString()));
        assertThat(problem).startsWith(feed.toString()).contains("DOCTYPE").contains("external entities");
        assertThat(problem).doesNotContain("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        Path feed = Fixtures.write(dir.resolve("lol.rss"), "<?xml version=\"1.0\"?>\n" + dtd
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title>"
                + "<description>Serbia accused Kosovo</description></item></channel></rss>");
        String problem = onlyProblem(ingest(IngestOptions.defaults(), feed.toString()));
        assertThat(problem).startsWith(feed.toString()).contains("entity expansion");
    }

    @Test
    void emptyFolder() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        Fixtures.write(empty.resolve(".hidden"), "Hidden\n\nNot read.");
        String problem = onlyProblem(ingest(IngestOptions.defaults(), empty.toString()));
        assertThat(problem).isEqualTo(empty + ": empty folder (no files to read)");
    }

    @Test
    void fiftyMegabyteFile() throws Exception {
        Path big = dir.resolve("huge.txt");
        byte[] chunk = "Serbia accused Kosovo again and again. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        String problem = onlyProblem(ingest(IngestOptions.defaults(), big.toString()));
        assertThat(problem).startsWith(big.toString()).contains("too large");
        assertThat(coder.calls.get()).isZero();
    }

    @Test
    void missingFile() {
        String problem = onlyProblem(ingest(IngestOptions.defaults(), dir.resolve("gone.txt").toString()));
        assertThat(problem).contains("gone.txt").contains("no such file");
    }

    @Test
    void loopbackFeedIsRefusedByDefault() {
        String problem = onlyProblem(ingest(IngestOptions.defaults(), "http://127.0.0.1:9/"));
        assertThat(problem).startsWith("http://127.0.0.1:9/: refused").contains("loopback");
        String named = onlyProblemAfterReset("http://localhost:9/feed");
        assertThat(named).startsWith("http://localhost:9/feed: refused").contains("loopback");
    }

    String onlyProblemAfterReset(String url) {
        store.close();
        store = EventStore.open(":memory:");
        store.migrate();
        return onlyProblem(ingest(IngestOptions.defaults(), url));
    }

    @Test
    void unreachableFeed() {
        String problem = onlyProblem(ingest(IngestOptions.defaults().withAllowPrivateAddresses(true)
                .withFeedTimeout(Duration.ofSeconds(3)), "http://127.0.0.1:9/"));
        assertThat(problem).startsWith("http://127.0.0.1:9/: unreachable");
    }

    @Test
    void onlyHttpSchemes() {
        String problem = onlyProblem(ingest(IngestOptions.defaults(), "file:///etc/passwd"));
        assertThat(problem).startsWith("file:///etc/passwd: only http and https");
    }

    @Test
    void feedBodyOverTheSizeLimit() throws Exception {
        HttpServer server = SourcesTest.serve(Fixtures.rss(Fixtures.item("Big", "http://example.org/b", null,
                "Serbia accused Kosovo. ".repeat(500))));
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/big";
            String problem = onlyProblem(ingest(IngestOptions.defaults().withAllowPrivateAddresses(true)
                    .withMaxFeedBytes(1000), url));
            assertThat(problem).startsWith(url + ": feed too large");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void slowFeedTimesOut() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow";
            long start = System.nanoTime();
            String problem = onlyProblem(ingest(IngestOptions.defaults().withAllowPrivateAddresses(true)
                    .withFeedTimeout(Duration.ofMillis(300)), url));
            assertThat(problem).startsWith(url + ": unreachable").contains("timed out");
            assertThat(System.nanoTime() - start).isLessThan(2_500_000_000L);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void nonPublicAddressKinds() throws IOException {
        for (String local : List.of("127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "::", "224.0.0.1", "fd12:3456::1", "fe80::1", "::ffff:127.0.0.1", "100.64.0.1")) {
            assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(local))).as(local).isNotNull();
        }
        for (String global : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111")) {
            assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(global))).as(global).isNull();
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
