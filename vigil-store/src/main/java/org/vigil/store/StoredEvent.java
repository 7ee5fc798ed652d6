package org.vigil.store;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import org.vigil.model.Actor;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.Plover;

/**
 * One row of the events table: a distinct event with what the first article said about it and how many
 * mentions, articles and sources report it. Written as JSON it reads like the contract's event object, with the
 * store's fields added; the evidence sentences are in {@link EventStore#evidence(long)}.
 *
 * @param eventKey     the deterministic key (see {@link EventKey}); a string in JSON because it exceeds the
 *                     integers JavaScript holds exactly
 * @param attributedTo who reports or claims it; the store keeps only the actor's code
 * @param location     where it happened; the store keeps name, country, admin1, feature, coordinates and
 *                     gazetteer id
 * @param inLead       some article reports it in its first sentence
 * @param storyId      the story it belongs to; its key includes it
 * @param sourceUrl    the first article's URL
 * @param added        when the store first saw it
 */
public record StoredEvent(@JsonFormat(shape = JsonFormat.Shape.STRING) long eventKey, String cameo, String root,
                          int quadClass, double goldstein, Plover plover, Actor source, Actor target, LocalDate date,
                          String dateBasis, boolean negated, boolean hypothetical, boolean historical,
                          Actor attributedTo, Place location, double confidence, String rule, int numMentions,
                          int numArticles, int numSources, boolean inLead, String storyId, String sourceUrl,
                          Instant added) {

    /** A newly reported event, before the store has counted its evidence. */
    static StoredEvent first(Event event, String storyId, String sourceUrl, Instant added) {
        return new StoredEvent(EventKey.of(event, storyId), event.cameo(), event.root(), event.quadClass(),
                event.goldstein(), event.plover(), event.source(), event.target(), event.date(), event.dateBasis(),
                event.negated(), event.hypothetical(), event.historical(), event.attributedTo(), event.location(),
                event.confidence(), event.rule(), 0, 0, 0, false, storyId, sourceUrl, added);
    }
}
