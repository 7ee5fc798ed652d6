package org.vigil.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs written by hand. */
final class Fixtures {
    private Fixtures() {
    }

    static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"Archive Times\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-06T10:00:00Z\"></head>"
                + "<body><nav>Home | World | Sport</nav><article><h1>" + title + "</h1><p>" + body
                + "</p></article><script>var x = 1;</script></body></html>";
    }

    /** One WARC response record holding an HTTP response. */
    static byte[] responseRecord(String uri, String contentType, byte[] body) {
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
        return record("response", uri, "application/http; msgtype=response", http);
    }

    static byte[] requestRecord(String uri) {
        byte[] http = ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return record("request", uri, "application/http; msgtype=request", http);
    }

    static byte[] record(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire Feed</title>"
                + "<link>http://example.org/</link><description>news</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static String item(String title, String link, String date, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid>"
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>")
                + (description == null ? "" : "<description><![CDATA[" + description + "]]></description>") + "</item>";
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
