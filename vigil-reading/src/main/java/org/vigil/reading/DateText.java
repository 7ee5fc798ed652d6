package org.vigil.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as news pages and files write it: {@code 2023-09-30}, {@code 2023-09-30T14:05:00+03:00},
 * {@code Sep 30, 2023}, {@code September 30, 2023}, {@code 30 September 2023}, {@code Sat, 30 Sep 2023 10:00:00
 * GMT}, optionally after a label ({@code Published:}) and before a time of day. The whole value must be a date:
 * a sentence that merely contains one is not. A time zone never moves the day: the date the publisher wrote is
 * the date the report carries.
 */
final class DateText {
    static final String MONTH_NAME = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private static final String LABEL = "(?:(?:first\\s+)?(?:published|posted|updated|last\\s+updated|dated?)"
            + "(?:\\s+on)?\\s*[:-]?\\s*)?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    /** A time of day and what may follow it: seconds, fraction, am/pm, zone name or offset. */
    private static final String TIME = "(?:(?:T|\\s*[,|/@·-]\\s*|\\s+at\\s+|\\s+)\\d{1,2}[:.]\\d{2}[\\w:.+\\-() ]{0,24})?";

    private static final List<Pattern> FORMS = List.of(
            form("(?<year>\\d{4})[-/](?<month>\\d{1,2})[-/](?<day>\\d{1,2})"),
            form("(?<month>" + MONTH_NAME + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})"),
            form("(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTH_NAME + ")\\.?,?\\s+(?<year>\\d{4})"));

    private DateText() {
    }

    private static Pattern form(String date) {
        return Pattern.compile("^" + LABEL + WEEKDAY + date + TIME + "$", Pattern.CASE_INSENSITIVE);
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(trimmed);
            if (m.matches()) {
                return dateOf(m.group("year"), m.group("month"), m.group("day"));
            }
        }
        return Optional.empty();
    }

    /** Month number from a name or abbreviation ("Sept", "september"), or from digits. */
    private static int month(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        String key = text.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
    }

    private static Optional<LocalDate> dateOf(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day)));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
