package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** HTML to plain text, one paragraph per block, blank lines between; scripts, navigation and the like left out. */
final class HtmlToText {
    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button";
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

    private HtmlToText() {
    }

    static String of(Element root) {
        Element copy = root.clone();
        copy.select(NOISE).remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : copy.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return copy.text().strip();
        }
        return String.join("\n\n", paragraphs);
    }
}
