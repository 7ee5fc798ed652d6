package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Towns and regions read as the state they lie in, behind Vigil's own files: only a capitalised name of a few words
 * is asked about, since place names are, and the composer codes it only where the recogniser tagged it a location.
 */
final class PlaceLexicon implements ActorLexicon {
    private static final int LONGEST = 3;

    private final PlaceStates states;

    PlaceLexicon(PlaceStates states) {
        this.states = states;
    }

    @Override
    public List<Reading> readings(String phrase, LocalDate date) {
        if (!placeShaped(phrase)) {
            return List.of();
        }
        return states.stateOf(phrase)
                .map(iso3 -> List.of(new Reading(Reading.Kind.PLACE, iso3, null, null, null,
                        "'" + phrase + "' a place in " + iso3 + " (gazetteer)")))
                .orElse(List.of());
    }

    /** One to three words, each opening with a capital, none a bare abbreviation. */
    private static boolean placeShaped(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 0 || words.length > LONGEST) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 3 && words.length == 1 || !Character.isUpperCase(w.codePointAt(0))
                    || w.chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int longestName() {
        return LONGEST;
    }
}
