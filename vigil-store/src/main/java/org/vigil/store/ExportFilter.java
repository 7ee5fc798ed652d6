package org.vigil.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events an export takes; every part is optional and the parts combine with AND. Build from {@link #all()}
 * with the {@code with...} methods.
 *
 * @param from       first event date, inclusive
 * @param to         last event date, inclusive
 * @param actor      case-insensitive substring of either actor's code, country or person
 * @param dyadSource source country of a dyad (ISO alpha-3), given together with dyadTarget
 * @param dyadTarget target country of a dyad
 * @param country    either actor's country
 * @param root       CAMEO root, "01".."20" ("1" is read as "01")
 * @param quadClass  1..4
 * @param place      case-insensitive substring of the location's name, or its country code
 */
public record ExportFilter(LocalDate from, LocalDate to, String actor, String dyadSource, String dyadTarget,
                           String country, String root, Integer quadClass, String place) {

    public ExportFilter {
        actor = blankToNull(actor);
        dyadSource = countryCode(dyadSource);
        dyadTarget = countryCode(dyadTarget);
        country = countryCode(country);
        root = root(root);
        place = blankToNull(place);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends on " + to + ", before it starts on " + from);
        }
        if ((dyadSource == null) != (dyadTarget == null)) {
            throw new IllegalArgumentException("a dyad needs both a source and a target country");
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("QuadClass is 1..4, not " + quadClass);
        }
    }

    /** Every event. */
    public static ExportFilter all() {
        return new ExportFilter(null, null, null, null, null, null, null, null, null);
    }

    public ExportFilter withDates(LocalDate from, LocalDate to) {
        return new ExportFilter(from, to, actor, dyadSource, dyadTarget, country, root, quadClass, place);
    }

    public ExportFilter withActor(String actor) {
        return new ExportFilter(from, to, actor, dyadSource, dyadTarget, country, root, quadClass, place);
    }

    public ExportFilter withDyad(String sourceCountry, String targetCountry) {
        return new ExportFilter(from, to, actor, sourceCountry, targetCountry, country, root, quadClass, place);
    }

    public ExportFilter withCountry(String country) {
        return new ExportFilter(from, to, actor, dyadSource, dyadTarget, country, root, quadClass, place);
    }

    public ExportFilter withRoot(String root) {
        return new ExportFilter(from, to, actor, dyadSource, dyadTarget, country, root, quadClass, place);
    }

    public ExportFilter withQuadClass(Integer quadClass) {
        return new ExportFilter(from, to, actor, dyadSource, dyadTarget, country, root, quadClass, place);
    }

    public ExportFilter withPlace(String place) {
        return new ExportFilter(from, to, actor, dyadSource, dyadTarget, country, root, quadClass, place);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String countryCode(String s) {
        String code = blankToNull(s);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String root(String s) {
        String root = blankToNull(s);
        if (root == null) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(root);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CAMEO root is 01..20, not '" + root + "'", e);
        }
        if (number < 1 || number > 20) {
            throw new IllegalArgumentException("CAMEO root is 01..20, not '" + root + "'");
        }
        return String.format(Locale.ROOT, "%02d", number);
    }
}
