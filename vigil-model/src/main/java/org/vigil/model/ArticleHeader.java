package org.vigil.model;

import java.time.LocalDate;

/** The {@code article} object of the coded record: the contract's names for an Article's fields. */
public record ArticleHeader(String id, String title, String source, String url, LocalDate published,
                            String datelinePlace, String language, String text) {
    public static ArticleHeader of(Article a) {
        return new ArticleHeader(a.id(), a.title(), a.source(), a.url(), a.published(), a.datelinePlace(),
                a.language(), a.text());
    }
}
