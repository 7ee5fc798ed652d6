package org.vigil.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ways a mention's words can be read as a place name, most literal first: the words as they stand; without a
 * leading qualifier ("northern Kosovo" as Kosovo, qualified "northern"); as a place inside a container ("Paris,
 * Texas" as Paris inside Texas); and, last, as part of a longer name: its first words ("Dubai" in "Dubai World
 * Cup") or what follows "of" ("California" in "University of California"). The resolver takes the first
 * reading the gazetteer knows.
 */
final class MentionReader {

    /** How a reading was got from the words, which tells how far to trust it. */
    enum Kind {
        /** The words as they stand. */
        LITERAL,
        /** Without a lowercase qualifier: "northern Kosovo". */
        QUALIFIED,
        /** Without a capitalised qualifier, which may as well be part of a name: "West Wing". */
        QUALIFIED_BY_NAME_WORD,
        /** Within a named container: "Paris, Texas". */
        CONTAINED,
        /** Part of a longer name: "Dubai World Cup", "University of California". */
        PARTIAL
    }

    /**
     * One reading.
     *
     * @param name      the place name to look up
     * @param qualifier the word narrowing it to a part, or null
     * @param container the place it is said to lie in, or null
     * @param kind      how it was got from the words
     */
    record Reading(String name, String qualifier, String container, Kind kind) {
    }

    /**
     * Longer mentions are phrases, not names with a tail: what follows their "of" is not tried. Their first words
     * are, as the town a long company or building name begins with ("New Orleans Railways and Light Company
     * Claiborne Power House").
     */
    private static final int MAX_WORDS_FOR_PARTS = 6;
    /** The longest leading part tried: few place names run to more words. */
    private static final int MAX_LEADING_WORDS = 5;

    private final Set<String> qualifiers = new HashSet<>();

    MentionReader() {
        for (List<String> row : Tables.rows("qualifiers.tsv")) {
            qualifiers.add(row.get(0));
        }
    }

    /** Whether the name is only a word like "West" or "Central", which names a part rather than a place. */
    boolean isQualifier(String name) {
        return qualifiers.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    List<Reading> readings(PlaceMention mention) {
        String text = mention.text().strip();
        String given = mention.qualifier();
        if (given != null && text.toLowerCase(Locale.ROOT).startsWith(given.toLowerCase(Locale.ROOT) + " ")) {
            text = text.substring(given.length()).strip();
        }
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(text, given, null, Kind.LITERAL));
        String[] words = text.split("\\s+");
        if (given == null && words.length > 1 && isQualifier(words[0])) {
            String word = words[0];
            Kind kind = word.equals(word.toLowerCase(Locale.ROOT)) ? Kind.QUALIFIED : Kind.QUALIFIED_BY_NAME_WORD;
            readings.add(new Reading(text.substring(word.length()).strip(), word.toLowerCase(Locale.ROOT), null,
                    kind));
        }
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            readings.add(new Reading(text.substring(0, comma).strip(), given, text.substring(comma + 1).strip(),
                    Kind.CONTAINED));
        }
        readings.addAll(parts(words, given));
        return readings;
    }

    /**
     * First words, longest first, where both they and the rest start capitalised (not "University" of
     * "University of California"); then the words after the last "of" or "of the".
     */
    private static List<Reading> parts(String[] words, String qualifier) {
        List<Reading> parts = new ArrayList<>();
        for (int n = Math.min(words.length - 1, MAX_LEADING_WORDS); n >= 1; n--) {
            if (Character.isLowerCase(words[n].charAt(0)) || Character.isLowerCase(words[n - 1].charAt(0))) {
                continue;
            }
            String prefix = String.join(" ", Arrays.copyOf(words, n)).replaceAll("[,;:]+$", "");
            parts.add(new Reading(prefix, qualifier, null, Kind.PARTIAL));
        }
        if (words.length > MAX_WORDS_FOR_PARTS) {
            return parts;
        }
        for (int i = words.length - 2; i >= 1; i--) {
            if (words[i].equals("of")) {
                int start = i + 1 < words.length - 1 && words[i + 1].equals("the") ? i + 2 : i + 1;
                String tail = String.join(" ", Arrays.copyOfRange(words, start, words.length));
                parts.add(new Reading(tail, qualifier, null, Kind.PARTIAL));
                break;
            }
        }
        return parts;
    }
}
