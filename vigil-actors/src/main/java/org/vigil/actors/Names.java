package org.vigil.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which a name is stored and looked up, so that "Côte d’Ivoire", "Cote d'Ivoire" and
 * "the  Côte d'Ivoire" meet.
 *
 * <p>Accents are stripped and letters that Unicode does not decompose (đ, ł, ø, ı, ß ...) are folded, because
 * news in English spells "Vučić" as "Vucic" and "Yıldırım" as "Yildirim". A leading "the" is dropped, because
 * reports say both "the Kremlin" and "Kremlin". Case is ignored except for short acronyms: a name of at most three
 * capitals (dots aside) keeps its case, so "US" is not "us", "WHO" is not "who" and "CAR" is not "car"; longer
 * acronyms are safe to fold and are written "Nato" or "Opec" by some papers.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2019\\u2018\\u02BC\\u00B4`]");

    private Names() {
    }

    /** The lookup key of a name; empty for null or blank input. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        if (!isPlain(name)) {
            s = APOSTROPHES.matcher(s).replaceAll("'");
            s = DASHES.matcher(s).replaceAll("-");
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
            s = fold(s);
            s = SPACES.matcher(s).replaceAll(" ").strip();
        }
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        return isShortAcronym(s) ? s : s.toLowerCase(Locale.ROOT);
    }

    /**
     * True when the normalisations above would leave the name as it is: printable ASCII with no backtick, single
     * spaces and none at either end. The resolver asks for thousands of keys per article, nearly all of them plain,
     * and the regular expressions would be most of its time.
     */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '`' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static boolean isShortAcronym(String s) {
        String core = s.replace(".", "");
        if (core.isEmpty() || core.length() > 3) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (!Character.isDigit(c) && c != '&') {
                return false;
            }
        }
        return letter;
    }

    private static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'đ', 'ð' -> "d";
                case 'Đ', 'Ð' -> "D";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'ı' -> "i";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "Ae";
                case 'œ' -> "oe";
                case 'Œ' -> "Oe";
                case 'þ' -> "th";
                case 'Þ' -> "Th";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
