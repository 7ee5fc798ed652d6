package org.vigil.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ways a mention's words can be read as a place name, most literal first: the words as they stand; without a
 * leading qualifier ("northern Kosovo" as Kosovo, qualified "northern"); and as a place inside a container
 * ("Paris, Texas" as Paris inside Texas). The resolver takes the first reading the gazetteer knows.
 */
final class MentionReader {

    /**
     * One reading.
     *
     * @param name      the place name to look up
     * @param qualifier the word narrowing it to a part, or null
     * @param container the place it is said to lie in, or null
     */
    record Reading(String name, String qualifier, String container) {
    }

    private final Map<String, Boolean> qualifiers = new HashMap<>();

    MentionReader() {
        for (List<String> row : Tables.rows("qualifiers.tsv")) {
            qualifiers.put(row.get(0), row.get(1).equals("compass"));
        }
    }

    List<Reading> readings(PlaceMention mention) {
        String text = mention.text().strip();
        String given = mention.qualifier();
        if (given != null && text.toLowerCase(Locale.ROOT).startsWith(given.toLowerCase(Locale.ROOT) + " ")) {
            text = text.substring(given.length()).strip();
        }
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(text, given, null));
        int space = text.indexOf(' ');
        if (given == null && space > 0) {
            String word = text.substring(0, space);
            Boolean compass = qualifiers.get(word.toLowerCase(Locale.ROOT));
            // A capitalised compass word is part of a name: "North Korea", "West Virginia".
            if (compass != null && (!compass || word.equals(word.toLowerCase(Locale.ROOT)))) {
                readings.add(new Reading(text.substring(space + 1).strip(), word.toLowerCase(Locale.ROOT), null));
            }
        }
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            readings.add(new Reading(text.substring(0, comma).strip(), given, text.substring(comma + 1).strip()));
        }
        return readings;
    }
}
