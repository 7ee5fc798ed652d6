package org.vigil.places;

import org.vigil.model.Place;

/**
 * The outcome for one mention.
 *
 * @param mention    what was resolved
 * @param place      the place it refers to, or null when no candidate was good enough
 * @param qualifier  the word that narrows it to a part of the place ("northern"), or null
 * @param confidence the resolver's probability that the place is right, 0 when unresolved
 */
public record ResolvedPlace(PlaceMention mention, Place place, String qualifier, double confidence) {

    public boolean isResolved() {
        return place != null;
    }

    static ResolvedPlace unresolved(PlaceMention mention) {
        return new ResolvedPlace(mention, null, null, 0);
    }
}
