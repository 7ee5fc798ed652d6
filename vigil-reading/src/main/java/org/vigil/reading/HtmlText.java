package org.vigil.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The plain text of an HTML element: each block (paragraph, heading, list item, cell) a paragraph, paragraphs
 * separated by a blank line, {@code <br>} a line break, runs of white space (no-break spaces too) one space.
 * Entities are decoded by the parser. The result is what the language layer tokenises, so it holds
 * nothing a reader would not see.
 */
final class HtmlText {
    /** Elements whose text no reader sees; readability can leave a {@code <title>} in a thin page's content. */
    private static final Set<String> UNSEEN = Set.of("head", "title", "script", "style", "noscript", "template");

    private HtmlText() {
    }

    static String of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.endParagraph();
        return String.join("\n\n", collector.paragraphs);
    }

    private static final class Collector implements NodeFilter {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.text());
            } else if (node instanceof Element element) {
                if (UNSEEN.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.normalName().equals("br")) {
                    trimEnd();
                    current.append('\n');
                } else if (element.isBlock()) {
                    endParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endParagraph();
            }
            return FilterResult.CONTINUE;
        }

        private void append(String text) {
            boolean atLineStart = current.length() == 0 || current.charAt(current.length() - 1) == '\n';
            boolean afterSpace = atLineStart || current.charAt(current.length() - 1) == ' ';
            current.append(afterSpace ? text.stripLeading() : text);
        }

        private void trimEnd() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        void endParagraph() {
            String paragraph = current.toString().strip();
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.replaceAll(" *\n+ *", "\n"));
            }
        }
    }
}
