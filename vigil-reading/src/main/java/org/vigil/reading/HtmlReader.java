package org.vigil.reading;

import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigil.model.Article;

/**
 * A news page: readability finds the article among the navigation, adverts and comments, {@link HtmlText} turns
 * it into paragraphs, and {@link HtmlMetadata} reads title, date, address and outlet from the page's head.
 */
final class HtmlReader implements TextReader {
    @Override
    public Article read(String id, String origin, String html) throws BadInputException {
        Document doc = Jsoup.parse(html);
        HtmlMetadata meta = HtmlMetadata.of(doc);
        String pageTitle = doc.title();
        Readability4J readability = new Readability4JExtended(meta.url() == null ? "" : meta.url(), doc);
        net.dankito.readability4j.Article found = readability.parse();
        Element content = found.getArticleContent();
        String text = content == null ? "" : HtmlText.of(withoutHeadline(content));
        if (text.isEmpty()) {
            throw new BadInputException(origin, "no readable text in the HTML page");
        }
        String title = firstNonBlank(meta.title(), found.getTitle(), pageTitle);
        return new Article(id, title, meta.source(), meta.url(), meta.published(), Dateline.place(text), "en", text,
                origin);
    }

    /**
     * Readability leaves the headline atop the article. It is the title, not the body, and wire and JSON bodies
     * start without it, so a leading {@code <h1>} goes.
     */
    private static Element withoutHeadline(Element content) {
        content.getAllElements().stream()
                .filter(element -> !element.ownText().isBlank())
                .findFirst()
                .map(first -> first.closest("h1"))
                .ifPresent(Element::remove);
        return content;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
