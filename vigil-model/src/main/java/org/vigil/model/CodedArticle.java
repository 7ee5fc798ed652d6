package org.vigil.model;

import java.util.List;

/** The coded-article record of {@code contract/article-output.md}: one line of {@code vigil code}'s output. */
public record CodedArticle(ArticleHeader article, List<Event> events, List<Actor> actors, List<CodedQuote> quotes,
                           List<Casualty> casualties, List<DateMention> dates, List<Place> places) {
    public CodedArticle {
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        casualties = List.copyOf(casualties);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
    }
}
