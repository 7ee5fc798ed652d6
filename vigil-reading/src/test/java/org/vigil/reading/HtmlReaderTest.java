package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.Article;

class HtmlReaderTest {
    private static final String BODY = """
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
            <article>
              <h1>Serbia masses troops near Kosovo</h1>
              <p>BELGRADE, Serbia (AP) &mdash; Serbia has moved tanks and artillery toward the border with Kosovo,
                 officials in&nbsp;Washington said on Friday, calling the build-up &ldquo;unprecedented&rdquo;.</p>
              <p>The deployment followed a shootout at a monastery in northern Kosovo in which a police officer and
                 three gunmen were killed. Kosovo&#39;s government accused Belgrade of backing the attack.<br>
                 Serbia denied any role &amp; said its forces were on routine exercises.</p>
              <p>NATO said it would send more peacekeepers to its KFOR mission, which has kept order in Kosovo
                 since 1999, and urged both sides to return to talks facilitated by the European Union.</p>
            </article>
            <footer>Copyright Example News. All rights reserved.</footer>
            """;
    private static final LocalDate SEP_29 = LocalDate.of(2023, 9, 29);

    private final HtmlReader reader = new HtmlReader();

    private static String page(String head) {
        return "<!DOCTYPE html><html><head><title>Serbia masses troops | Example News</title>" + head
                + "</head><body>" + BODY + "</body></html>";
    }

    private Article read(String html) throws BadInputException {
        return reader.read("p", "p.html", html);
    }

    @Test
    void readsTheMainTextAsPlainParagraphs() throws BadInputException {
        String text = read(page("")).text();

        assertThat(text).startsWith("BELGRADE, Serbia (AP) — Serbia has moved tanks")
                .contains("officials in Washington said on Friday, calling the build-up “unprecedented”.\n\nThe deployment")
                .contains("Kosovo's government accused Belgrade of backing the attack.\nSerbia denied any role & said")
                .endsWith("facilitated by the European Union.")
                .doesNotContain("<", ">", "&amp;", "&ldquo;", "Home", "Copyright", "  ", "\u00A0");
    }

    @Test
    void findsTheDatelineInTheText() throws BadInputException {
        assertThat(read(page("")).datelinePlace()).isEqualTo("Belgrade, Serbia");
    }

    @Test
    void takesTitleUrlAndSourceFromOpenGraph() throws BadInputException {
        Article article = read(page("""
                <meta property="og:title" content="Serbia masses troops near Kosovo">
                <meta property="og:url" content="https://news.example/serbia-troops">
                <meta property="og:site_name" content="Example News">
                <link rel="canonical" href="https://news.example/canonical">"""));

        assertThat(article.title()).isEqualTo("Serbia masses troops near Kosovo");
        assertThat(article.url()).isEqualTo("https://news.example/serbia-troops");
        assertThat(article.source()).isEqualTo("Example News");
    }

    @Test
    void fallsBackToThePageTitleAndCanonicalLink() throws BadInputException {
        Article article = read(page("<link rel=\"canonical\" href=\"https://news.example/canonical\">"));

        assertThat(article.title()).contains("Serbia masses troops");
        assertThat(article.url()).isEqualTo("https://news.example/canonical");
        assertThat(article.source()).isNull();
        assertThat(article.published()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<meta property=\"article:published_time\" content=\"2023-09-29T18:40:00+02:00\">",
            "<meta property=\"og:published_time\" content=\"2023-09-29\">",
            "<meta name=\"pubdate\" content=\"2023-09-29T10:00:00Z\">",
            "<meta name=\"date\" content=\"Sep 29, 2023\">",
            "<meta name=\"DC.date.issued\" content=\"2023-09-29\">",
            "<meta itemprop=\"datePublished\" content=\"2023-09-29\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-29T08:00:00Z\"}</script>",
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
                    + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-29\"}]}</script>",
            "<script type=\"application/ld+json\">[{\"@type\":\"Organization\"},{\"@type\":\"Article\","
                    + "\"datePublished\":\"2023-09-29\"}]</script>"})
    void readsThePublicationDateFromTheHead(String tag) throws BadInputException {
        assertThat(read(page(tag)).published()).isEqualTo(SEP_29);
    }

    @Test
    void readsThePublicationDateFromATimeElement() throws BadInputException {
        String html = page("").replace("<article>", "<article><time datetime=\"2023-09-29T07:00\">Friday</time>");
        assertThat(read(html).published()).isEqualTo(SEP_29);
    }

    @Test
    void skipsBrokenJsonLdAndGoesOnToTheNextSource() throws BadInputException {
        String html = page("<script type=\"application/ld+json\">{\"datePublished\": </script>")
                .replace("<article>", "<article><time datetime=\"2023-09-29\">Friday</time>");
        assertThat(read(html).published()).isEqualTo(SEP_29);
    }

    @Test
    void prefersMetaTagsToJsonLdToTimeElements() throws BadInputException {
        String html = page("<meta property=\"article:published_time\" content=\"2023-09-29\">"
                + "<script type=\"application/ld+json\">{\"datePublished\":\"2023-09-28\"}</script>")
                .replace("<article>", "<article><time datetime=\"2023-09-27\">Wednesday</time>");
        assertThat(read(html).published()).isEqualTo(SEP_29);
        assertThat(read(html.replace("<meta property=\"article:published_time\" content=\"2023-09-29\">", ""))
                .published()).isEqualTo(LocalDate.of(2023, 9, 28));
    }

    @Test
    void aPageWithoutTextIsBadInput() {
        String html = "<!DOCTYPE html><html><head><title>Nothing</title><script>var x = 1;</script></head>"
                + "<body><img src=\"a.png\"><script>track();</script></body></html>";
        assertThatThrownBy(() -> reader.read("p", "pages/p.html", html))
                .isInstanceOf(BadInputException.class)
                .hasMessage("pages/p.html: no readable text in the HTML page");
    }
}
