package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;

/**
 * Adds an article's events to the store: a new key makes a new event row (counted in country_months), a known
 * key (the same event from another article of the story) keeps its row; either way the article's evidence is appended and the event's
 * mention, article and source counts are recounted from all its evidence, so they are right however often or in
 * whatever order articles arrive.
 */
final class EventMerger {
    private static final String INSERT_EVIDENCE = "INSERT INTO event_evidence (event_key, article_id, sentence,"
            + " span_start, span_end, evidence, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    // A source that is not named counts as its own: two unnamed feeds are not known to be one.
    private static final String COUNT = "SELECT COUNT(*) AS mentions, COUNT(DISTINCT ev.article_id) AS articles,"
            + " COUNT(DISTINCT COALESCE(a.source, a.id)) AS sources, MIN(ev.sentence) AS first_sentence"
            + " FROM event_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.event_key = ?";

    private static final String UPDATE_COUNTS = "UPDATE events SET num_mentions = ?, num_articles = ?,"
            + " num_sources = ?, in_lead = ? WHERE event_key = ?";

    private final Connection connection;

    EventMerger(Connection connection) {
        this.connection = connection;
    }

    void add(CodedArticle coded, String storyId, Instant now) throws SQLException {
        Set<Long> keys = new LinkedHashSet<>();
        CountryMonths countryMonths = new CountryMonths();
        try (PreparedStatement insertEvent = connection.prepareStatement(EventColumns.insert() + " ON CONFLICT DO NOTHING");
             PreparedStatement insertEvidence = connection.prepareStatement(INSERT_EVIDENCE)) {
            for (Event event : coded.events()) {
                StoredEvent stored = StoredEvent.first(event, storyId, coded.article().url(), now);
                if (keys.add(stored.eventKey())) {
                    EventColumns.write(stored, new StatementRow(insertEvent));
                    if (insertEvent.executeUpdate() == 1) {
                        countryMonths.add(stored);
                    }
                }
                StatementRow row = new StatementRow(insertEvidence);
                row.bigint(stored.eventKey());
                row.text(coded.article().id());
                row.integer(event.sentence());
                row.integer(event.span() == null ? null : event.span().start());
                row.integer(event.span() == null ? null : event.span().end());
                row.text(event.evidence());
                row.text(event.rule());
                row.real(event.confidence());
                insertEvidence.executeUpdate();
            }
        }
        for (long key : keys) {
            recount(key);
        }
        countryMonths.writeTo(connection);
    }

    private void recount(long key) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(COUNT);
             PreparedStatement update = connection.prepareStatement(UPDATE_COUNTS)) {
            count.setLong(1, key);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                StatementRow row = new StatementRow(update);
                row.integer(rs.getInt("mentions"));
                row.integer(rs.getInt("articles"));
                row.integer(rs.getInt("sources"));
                row.bool(rs.getInt("first_sentence") == 0);
                row.bigint(key);
            }
            update.executeUpdate();
        }
    }
}
