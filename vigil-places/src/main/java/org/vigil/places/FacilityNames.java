package org.vigil.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a facility's name ("Cornell University", "Collins Avenue", "Russian Embassy") by a head word from
 * {@code facility-heads.tsv}. Such a name read in part names a town only by coincidence unless the town is where
 * the article is.
 */
final class FacilityNames {
    /** Where a facility of a country stands, for the heads that say so. */
    enum Seat {
        /** Nowhere its head tells: a school, a street. */
        NONE,
        /** In its own country's capital: a ministry, a parliament. */
        CAPITAL,
        /** In another country's capital: an embassy. */
        ABROAD
    }

    private final Set<String> heads = new HashSet<>();
    private final Map<String, Seat> seats = new HashMap<>();

    FacilityNames() {
        for (List<String> row : Tables.rows("facility-heads.tsv")) {
            heads.add(row.get(0));
            if (row.size() > 1 && !row.get(1).isEmpty()) {
                seats.put(row.get(0), Seat.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
            }
        }
    }

    /** Where a country's facility of this name stands: "Russian Foreign Ministry", "British Embassy". */
    Seat seat(String text) {
        String[] words = words(text);
        return words.length < 2 ? Seat.NONE : seats.getOrDefault(head(words[words.length - 1]), Seat.NONE);
    }

    /** Whether one of the words of a longer name is a facility head: "Mall of Asia", "Pearl Harbor". */
    boolean isFacility(String text) {
        String[] words = words(text);
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (heads.contains(head(word))) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String text) {
        return text.strip().split("[\\s,]+");
    }

    /** A word as the head list writes it: lower case, a trailing full stop or apostrophe dropped ("Ave."). */
    private static String head(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[.']+$", "");
    }
}
