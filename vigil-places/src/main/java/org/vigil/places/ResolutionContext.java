package org.vigil.places;

import java.util.List;
import java.util.Set;

/**
 * What the rest of the article says about where it is.
 *
 * @param otherToponyms  place names the article mentions besides those being resolved, as written
 * @param datelinePlace  the place the report was filed from, as the dateline gives it, or null
 * @param actorCountries ISO 3166-1 alpha-3 codes of the countries the article's actors belong to
 * @param text           the article's text, which the mentions' spans index, or null when unknown: it tells a
 *                       place written before its container ("Parkland, Florida") from two sentences' ("from
 *                       China. U.S. officials")
 */
public record ResolutionContext(List<String> otherToponyms, String datelinePlace, Set<String> actorCountries,
                                String text) {
    public ResolutionContext {
        otherToponyms = otherToponyms == null ? List.of() : List.copyOf(otherToponyms);
        actorCountries = actorCountries == null ? Set.of() : Set.copyOf(actorCountries);
    }

    /** No context: each mention is resolved on its own and by the others being resolved with it. */
    public static ResolutionContext none() {
        return new ResolutionContext(List.of(), null, Set.of(), null);
    }
}
