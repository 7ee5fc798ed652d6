package org.vigil.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as read from its input, before any analysis. {@code text} is the body; every character offset
 * elsewhere in Vigil points into it.
 *
 * @param id            stable identifier (from the input: a JSON id, or the file name)
 * @param title         headline, or null
 * @param source        outlet or feed the report came from, or null
 * @param url           where the report was published, or null
 * @param published     publication date; anchors relative dates ("on Wednesday"), null when unknown
 * @param datelinePlace place the report was filed from, as the dateline gives it, or null
 * @param language      ISO 639-1 code
 * @param text          body text
 * @param origin        the input it was read from (file path, with line number for JSON Lines)
 */
public record Article(String id, String title, String source, String url, LocalDate published,
                      String datelinePlace, String language, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        language = language == null ? "en" : language;
    }
}
