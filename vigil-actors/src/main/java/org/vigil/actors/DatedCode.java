package org.vigil.actors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code of a PETRARCH/TABARI actor entry with its date restriction: {@code [SRBGOV]} applies by default,
 * {@code [SRBGOV >20120727]} from that day on, {@code [USAGOV <090120]} up to that day, {@code [AFGGOV 331108-730717]}
 * between the two. Limits are inclusive, as PETRARCH reads them.
 *
 * @param code the CAMEO code
 * @param from first day it applies, or null
 * @param to   last day it applies, or null
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    private static final Pattern RESTRICTION = Pattern.compile(
            "\\s*([^\\s\\]]+)\\s*(?:(<|>)\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))?\\s*");

    public DatedCode {
        Objects.requireNonNull(code, "code");
    }

    /** True when no date restricts it: the code that applies when no restriction does. */
    public boolean isDefault() {
        return from == null && to == null;
    }

    public boolean appliesOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * Reads the inside of one pair of brackets ("SRBGOV >20120727").
     *
     * @throws IllegalArgumentException when it is not a code with an optional restriction, or a date is no date
     */
    public static DatedCode parse(String restriction) {
        Matcher m = RESTRICTION.matcher(restriction);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a code with a date restriction: '" + restriction + "'");
        }
        String code = m.group(1);
        if (m.group(2) != null) {
            LocalDate d = date(m.group(3));
            return m.group(2).equals(">") ? new DatedCode(code, d, null) : new DatedCode(code, null, d);
        }
        if (m.group(4) != null) {
            LocalDate from = date(m.group(4));
            LocalDate to = date(m.group(5));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("range ends before it starts: '" + restriction + "'");
            }
            return new DatedCode(code, from, to);
        }
        return new DatedCode(code, null, null);
    }

    /**
     * A PETRARCH date: YYYYMMDD, or YYMMDD when it has at most seven digits, with 00-30 read as 20YY and the rest as
     * 19YY, "for consistency with KEDS and TABARI".
     */
    static LocalDate date(String digits) {
        try {
            if (digits.length() > 7) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            if (digits.length() < 6) {
                throw new IllegalArgumentException("date too short: '" + digits + "'");
            }
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date: '" + digits + "'", e);
        }
    }
}
