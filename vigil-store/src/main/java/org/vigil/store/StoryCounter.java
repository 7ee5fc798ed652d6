package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Keeps a story's row in step with its articles: dates seen, how many articles and sources, first title. */
final class StoryCounter {
    // An article without a publication date is dated by when it was ingested.
    private static final String COUNT = "SELECT MIN(COALESCE(published, CAST(ingested_at AS DATE))) AS first_seen,"
            + " MAX(COALESCE(published, CAST(ingested_at AS DATE))) AS last_seen, COUNT(*) AS articles,"
            + " COUNT(DISTINCT COALESCE(source, id)) AS sources FROM articles WHERE story_id = ?";

    private final Connection connection;

    StoryCounter(Connection connection) {
        this.connection = connection;
    }

    void update(String storyId, String title) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stories (id, first_seen, last_seen,"
                + " num_articles, num_sources, title) VALUES (?, NULL, NULL, 0, 0, ?) ON CONFLICT DO NOTHING")) {
            StatementRow row = new StatementRow(insert);
            row.text(storyId);
            row.text(title);
            insert.executeUpdate();
        }
        try (PreparedStatement count = connection.prepareStatement(COUNT);
             PreparedStatement update = connection.prepareStatement("UPDATE stories SET first_seen = ?,"
                     + " last_seen = ?, num_articles = ?, num_sources = ? WHERE id = ?")) {
            count.setString(1, storyId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                StatementRow row = new StatementRow(update);
                row.date(Cells.date(rs, "first_seen"));
                row.date(Cells.date(rs, "last_seen"));
                row.integer(rs.getInt("articles"));
                row.integer(rs.getInt("sources"));
                row.text(storyId);
            }
            update.executeUpdate();
        }
    }
}
