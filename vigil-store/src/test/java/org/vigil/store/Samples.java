package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.ArticleHeader;
import org.vigil.model.Casualty;
import org.vigil.model.CodedArticle;
import org.vigil.model.CodedQuote;
import org.vigil.model.DateMention;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.Plover;
import org.vigil.model.Span;

/** Coded articles and stored events to test with. */
final class Samples {
    static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    static final String STORY = "story-moscow";

    static final Actor USA = new Actor("Washington", new Span(0, 10), "USA", null, "GOV", null, "USAGOV");
    static final Actor RUSSIA = new Actor("Moscow", new Span(21, 27), "RUS", null, "GOV", null, "RUSGOV");
    static final Actor RUSSIAN_ARMY = new Actor("Russian troops", new Span(40, 54), "RUS", null, "MIL", null, "RUSMIL");
    static final Actor UKRAINE_ARMY = new Actor("Ukrainian forces", new Span(60, 76), "UKR", null, "MIL", null,
            "UKRMIL");
    static final Place MOSCOW = new Place("Moscow", "Moscow", "RUS", "Moscow", 55.75222, 37.61556, "city", "524901",
            new Span(21, 27));
    static final Place KYIV = new Place("Kyiv", "Kyiv", "UKR", "Kyiv City", 50.45466, 30.5238, "city", "703448",
            new Span(80, 84));

    private Samples() {
    }

    /** Washington criticises Moscow, in Moscow, on DAY. */
    static Event criticism(int sentence, String evidence) {
        return new Event("111", "11", 3, -2.0, new Plover("ACCUSE", null), USA, RUSSIA, DAY, "explicit", false, false,
                false, null, MOSCOW, sentence, new Span(0, 38), evidence, 0.9, "verb:criticize");
    }

    /** Russian troops attack Ukrainian forces near Kyiv the day before. */
    static Event attack() {
        return new Event("190", "19", 4, -10.0, new Plover("ASSAULT", "firearms"), RUSSIAN_ARMY, UKRAINE_ARMY,
                DAY.minusDays(1), "relative", false, false, false,
                new Actor("officials", null, "UKR", null, "GOV", null, "UKRGOV"), KYIV, 1, new Span(40, 90),
                "Russian troops attacked Ukrainian forces near Kyiv on Thursday, officials said.", 0.8,
                "verb:attack");
    }

    /** Washington did not attack Moscow: a negated event on the same dyad and day as the criticism. */
    static Event deniedAttack() {
        return new Event("190", "19", 4, -10.0, new Plover("ASSAULT", null), USA, RUSSIA, DAY, "explicit", true, false,
                false, null, null, 2, new Span(91, 120), "Washington did not attack Moscow.", 0.7, "verb:attack");
    }

    static CodedArticle reuters() {
        String text = "Washington criticized Moscow on Friday. Russian troops attacked Ukrainian forces near Kyiv on"
                + " Thursday, officials said. Washington did not attack Moscow. \"We condemn this,\" the minister"
                + " said. Two soldiers were killed.";
        return new CodedArticle(
                new ArticleHeader("reuters-1", "Washington criticises Moscow", "Reuters",
                        "https://reuters.example/1", DAY, "Moscow", "en", text),
                List.of(criticism(0, "Washington criticized Moscow on Friday."), attack(), deniedAttack()),
                List.of(USA, RUSSIA, RUSSIAN_ARMY, UKRAINE_ARMY),
                List.of(new CodedQuote("We condemn this", new Span(123, 138), USA)),
                List.of(new Casualty("killed", 2, "soldiers", UKRAINE_ARMY, new Span(163, 192))),
                List.of(new DateMention("Friday", "2024-03-01", new Span(32, 38)),
                        new DateMention("Thursday", "2024-02-29", new Span(94, 102))),
                List.of(MOSCOW, KYIV));
    }

    /** Another agency's report of the same criticism, for the same story. */
    static CodedArticle associatedPress() {
        String text = "Moscow drew sharp criticism from Washington on Friday.";
        return new CodedArticle(
                new ArticleHeader("ap-1", "US rebukes Russia", "AP", "https://ap.example/1", DAY, null, "en", text),
                List.of(criticism(2, text)), List.of(USA, RUSSIA), List.of(), List.of(), List.of(), List.of(MOSCOW));
    }

    /** A stored event with the fields the filters and queries look at; the rest are plausible constants. */
    static StoredEvent stored(long key, LocalDate date, Actor source, Actor target, String cameo, int quadClass,
                              double goldstein, Place location) {
        return new StoredEvent(key, cameo, cameo.substring(0, 2), quadClass, goldstein, null, source, target, date,
                "explicit", false, false, false, null, location, 0.9, "test", 1, 1, 1, true, "story-" + key,
                "https://example.org/" + key, Instant.parse("2024-03-02T10:15:30Z"));
    }

    static Actor actor(String country, String sector, String person) {
        return new Actor(null, null, country, null, sector, person, country + sector);
    }
}
