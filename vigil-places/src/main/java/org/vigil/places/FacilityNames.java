package org.vigil.places;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a facility's name ("Cornell University", "Collins Avenue", "Russian Embassy") by a head word from
 * {@code facility-heads.tsv}. Such a name read in part names a town only by coincidence unless the town is where
 * the article is.
 */
final class FacilityNames {
    private final Set<String> heads = new HashSet<>();

    FacilityNames() {
        for (List<String> row : Tables.rows("facility-heads.tsv")) {
            heads.add(row.get(0));
        }
    }

    /** Whether one of the words of a longer name is a facility head: "Mall of Asia", "Pearl Harbor". */
    boolean isFacility(String text) {
        String[] words = text.strip().split("[\\s,]+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (heads.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.']+$", ""))) {
                return true;
            }
        }
        return false;
    }
}
