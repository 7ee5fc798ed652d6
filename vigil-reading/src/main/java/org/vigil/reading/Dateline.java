package org.vigil.reading;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a report was filed from, read from the dateline that opens its body:
 * <ul>
 * <li>{@code Washington, DC [US], October 1 : ...} gives {@code Washington, DC} (a bracketed country tag is
 * dropped)</li>
 * <li>{@code WASHINGTON (Reuters) - ...} gives {@code Washington}</li>
 * <li>{@code KYIV, Ukraine — ...} gives {@code Kyiv, Ukraine}</li>
 * <li>{@code LONDON, Oct 1 (AP) — ...} gives {@code London}</li>
 * <li>{@code BEIRUT: ...} gives {@code Beirut}</li>
 * </ul>
 * The place is kept as written except that a city written in capitals, the wire convention, is put in title case,
 * which is how gazetteers and the rest of the text spell it; the region after it ({@code DC}, {@code Fla.},
 * {@code Ukraine}) is left alone so abbreviations survive.
 * <p>
 * Capitalised words followed by a colon or dash also open ordinary sentences ("Kosovo Prime Minister Albin Kurti:
 * ..."), so a match counts as a dateline only with some mark of one: a city in capitals, a country tag, a date,
 * an agency, or a dash after {@code City, Region}. Capitalised labels that open online stories the same way
 * ({@code BREAKING:}, {@code EXCLUSIVE -}) are not places.
 */
public final class Dateline {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    /** Lower-case words inside place names: Rio de Janeiro, Stratford upon Avon, Dar es Salaam. */
    private static final String LINK = "(?:de|del|della|da|do|dos|das|di|du|al|el|la|le|les|of|on|upon|am|an|der|den"
            + "|sur|en|es|y)";
    private static final Pattern LINK_WORD = Pattern.compile(LINK);
    private static final Set<String> KICKERS = Set.of("BREAKING", "BREAKING NEWS", "EXCLUSIVE", "UPDATE", "UPDATED",
            "CORRECTED", "CORRECTION", "WATCH", "LIVE", "VIDEO", "PHOTOS", "OPINION", "ANALYSIS", "EDITORIAL",
            "COMMENT", "EXPLAINER", "FACTBOX", "INTERVIEW", "REVIEW", "ADVISORY", "NEWS", "URGENT", "FLASH");
    private static final String SEGMENT = WORD + "(?: +(?:" + WORD + "|" + LINK + ")){0,4}";
    private static final String MONTH = "(?i:" + DateText.MONTH_NAME + ")\\.?";
    private static final String DAY_MONTH = "(?:" + MONTH + " +\\d{1,2}(?:,? +\\d{4})?|\\d{1,2} +" + MONTH
            + "(?:,? +\\d{4})?)";

    private static final Pattern DATELINE = Pattern.compile("^(?<place>" + SEGMENT + "(?:, *" + SEGMENT + "){0,2})"
            + "(?<tag> *\\[[^\\]\\n]{1,40}])?"
            + "(?<date>, *" + DAY_MONTH + ")?"
            + "(?<agency> *\\(\\p{L}[\\p{L}&.' /-]{1,30}\\))?"
            + "(?:(?<dash> *(?:--|[—–]) *| +- +)| *: +)");

    private Dateline() {
    }

    /** The dateline's place, or null when the text does not open with a dateline. */
    public static String place(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String[] segments = m.group("place").split(", *");
        if (KICKERS.contains(segments[0].toUpperCase(Locale.ROOT))) {
            return null;
        }
        boolean capitalCity = isCapitals(segments[0]);
        boolean marked = capitalCity || m.group("tag") != null || m.group("date") != null
                || m.group("agency") != null || (m.group("dash") != null && segments.length > 1);
        if (!marked) {
            return null;
        }
        if (capitalCity) {
            segments[0] = titleCase(segments[0]);
        }
        return String.join(", ", segments);
    }

    private static boolean isCapitals(String s) {
        return s.codePoints().filter(Character::isLetter).count() > 1 && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Title case, with the linking words of place names kept low: RIO DE JANEIRO gives Rio de Janeiro. */
    private static String titleCase(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).split(" +");
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !LINK_WORD.matcher(words[i]).matches()) {
                words[i] = capitalise(words[i]);
            }
        }
        return String.join(" ", words);
    }

    /** Upper case at the start and after each hyphen: Port-Au-Prince is closer than Port-au-prince. */
    private static String capitalise(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (i == 0 || chars[i - 1] == '-') {
                chars[i] = Character.toUpperCase(chars[i]);
            }
        }
        return new String(chars);
    }
}
