package org.vigil.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The two keys a place name is indexed and looked up under. {@link #plain} keeps the letters as written, so
 * "Mitrovicë" and "Москва" match only themselves; {@link #folded} strips accents, dots and dashes, so
 * "Mitrovice", "U.S." and "Saint-Denis" meet "Mitrovicë", "US" and "Saint Denis". Other scripts (Cyrillic, Han)
 * keep their letters and so match their own alternate names.
 */
final class NameKey {
    /** Longer input is no place name; refusing it keeps terms far below Lucene's term length limit. */
    static final int MAX_LENGTH = 200;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DROPPED = Pattern.compile("[.'’‘`´ʻʼ\"“”]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Punct}\\p{Pd}\\p{Ps}\\p{Pe}]");
    /**
     * The Arabic article as GeoNames and news write it, assimilated or not: "Al Qāmishlī", "Ar Raqqah", "Az
     * Zarqa" are "Qamishli", "Raqqa", "Zarqa" in most reports, and "al-Tanf" is At Tanf. Not "as" and "an",
     * which begin Galician and Vietnamese names, nor "el", which begins Spanish ones.
     */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|ad|adh|ar|at|ath|az|ash) ");

    private NameKey() {
    }

    /**
     * Whether the name is written like a code or acronym: at most five letters, none lowercase ("UK", "U.S.",
     * "NYC", or an airport code such as "THE" for Teresina). Such alternate names match only mentions written
     * the same way, so "the" or "Ill." do not meet a city through its airport code.
     */
    static boolean isCode(String name) {
        if (name == null) {
            return false;
        }
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters > 0 && letters <= 5 && name.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Case-folded and whitespace-collapsed, letters otherwise untouched; empty for blank or overlong input. */
    static String plain(String name) {
        if (name == null || name.length() > MAX_LENGTH) {
            return "";
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * {@link #plain} with accents folded to ASCII, dots and quotes dropped, other punctuation read as a space,
     * and a leading English or Arabic article dropped.
     */
    static String folded(String name) {
        String plain = plain(name);
        if (plain.isEmpty()) {
            return "";
        }
        char[] in = Normalizer.normalize(plain, Normalizer.Form.NFC).toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        String ascii = new String(out, 0, length);
        // Combining marks that have no precomposed form survive NFC and the folding table; drop them.
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        ascii = DROPPED.matcher(ascii).replaceAll("");
        ascii = SEPARATORS.matcher(ascii).replaceAll(" ");
        String key = SPACES.matcher(ascii).replaceAll(" ").strip();
        if (key.startsWith("the ")) {
            return key.substring(4);
        }
        Matcher article = ARABIC_ARTICLE.matcher(key);
        return article.lookingAt() && article.end() < key.length() ? key.substring(article.end()) : key;
    }
}
