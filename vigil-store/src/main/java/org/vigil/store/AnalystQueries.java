package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two questions analysts ask first. Both count only what the text says happened: negated and hypothetical
 * events ("did not attack", "may attack") are left out.
 */
final class AnalystQueries {
    private static final String DYAD_DAILY = "SELECT event_date, COUNT(*) AS events, AVG(goldstein) AS goldstein"
            + " FROM events WHERE source_country = ? AND target_country = ? AND event_date BETWEEN ? AND ?"
            + " AND NOT negated AND NOT hypothetical GROUP BY event_date";

    // Counted as events were added (see CountryMonths), so this reads a few hundred rows, not every event.
    private static final String COUNTRY_MONTHS = "SELECT year_month, quad_class, events FROM country_months"
            + " WHERE country = ? ORDER BY year_month, quad_class";

    private final Connection connection;

    AnalystQueries(Connection connection) {
        this.connection = connection;
    }

    /** Every day from {@code from} to {@code to}, days without events included, so the series can be plotted as is. */
    List<DailyCount> dyadDailySeries(String sourceCountry, String targetCountry, LocalDate from, LocalDate to)
            throws SQLException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("series ends on " + to + ", before it starts on " + from);
        }
        Map<LocalDate, DailyCount> days = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(DYAD_DAILY)) {
            StatementRow row = new StatementRow(query);
            row.text(upper(sourceCountry));
            row.text(upper(targetCountry));
            row.date(from);
            row.date(to);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = Cells.date(rs, "event_date");
                    days.put(day, new DailyCount(day, rs.getLong("events"), rs.getDouble("goldstein")));
                }
            }
        }
        List<DailyCount> series = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            series.add(days.getOrDefault(day, new DailyCount(day, 0, null)));
        }
        return series;
    }

    /** The months with events, oldest first, one row per quad class present. */
    List<MonthCount> countryMonthCounts(String country) throws SQLException {
        List<MonthCount> months = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COUNTRY_MONTHS)) {
            query.setString(1, upper(country));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int yearMonth = rs.getInt("year_month");
                    months.add(new MonthCount(YearMonth.of(yearMonth / 100, yearMonth % 100), rs.getInt("quad_class"),
                            rs.getLong("events")));
                }
            }
        }
        return months;
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
