package org.vigil.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigil.model.Json;

/**
 * What a page says about itself, read before readability rewrites the document (it removes the scripts that
 * hold JSON-LD).
 *
 * @param title     {@code og:title}, or null; the caller falls back to readability's and the {@code <title>}
 * @param source    {@code og:site_name}, or null
 * @param url       {@code og:url} or the canonical link, or null
 * @param published the first date found in the publication-date meta tags, JSON-LD {@code datePublished}, or a
 *                  {@code <time>} element, in that order, or null
 */
record HtmlMetadata(String title, String source, String url, LocalDate published) {
    /**
     * Meta names and properties that carry the publication date, most specific first: Open Graph, schema.org
     * microdata, then the older and vaguer conventions of CMSs and Dublin Core.
     */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date");

    static HtmlMetadata of(Document doc) {
        Map<String, String> meta = metaValues(doc);
        String url = Optional.ofNullable(meta.get("og:url"))
                .orElseGet(() -> blankToNull(doc.select("link[rel=canonical]").attr("href")));
        LocalDate published = DATE_META.stream()
                .map(meta::get)
                .flatMap(value -> DateText.parse(value).stream())
                .findFirst()
                .or(() -> jsonLdDate(doc))
                .or(() -> timeElementDate(doc))
                .orElse(null);
        return new HtmlMetadata(meta.get("og:title"), meta.get("og:site_name"), url, published);
    }

    /** Each meta tag's content under its lower-cased property, name or itemprop; the first of a name wins. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String content = meta.attr("content").strip();
            for (String key : List.of("property", "name", "itemprop")) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !content.isEmpty()) {
                    values.putIfAbsent(name, content);
                }
            }
        }
        return values;
    }

    private static Optional<LocalDate> jsonLdDate(Document doc) {
        return doc.select("script[type=application/ld+json]").stream()
                .flatMap(script -> parseJson(script.data()))
                .flatMap(HtmlMetadata::datePublished)
                .flatMap(value -> DateText.parse(value).stream())
                .findFirst();
    }

    /** A page's broken JSON-LD is its own business: it only loses that source of the date. */
    private static Stream<JsonNode> parseJson(String json) {
        try {
            return Stream.of(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException malformed) {
            return Stream.empty();
        }
    }

    /** Every {@code datePublished} in the tree, depth first, so {@code @graph} arrays and nesting are covered. */
    private static Stream<String> datePublished(JsonNode node) {
        Stream<String> own = node.path("datePublished").isTextual()
                ? Stream.of(node.get("datePublished").asText()) : Stream.empty();
        return Stream.concat(own, node.isContainerNode()
                ? StreamSupport.stream(node.spliterator(), false).flatMap(HtmlMetadata::datePublished)
                : Stream.empty());
    }

    /** A {@code <time>} marked as the publication time, else the first one with a machine-readable date. */
    private static Optional<LocalDate> timeElementDate(Document doc) {
        return Stream.of("time[pubdate][datetime]", "time[itemprop=datePublished][datetime]", "time[datetime]")
                .flatMap(query -> doc.select(query).stream())
                .flatMap(time -> DateText.parse(time.attr("datetime")).stream())
                .findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
