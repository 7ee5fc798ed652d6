package org.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.vigil.model.ArticleHeader;
import org.vigil.model.Casualty;
import org.vigil.model.CodedArticle;
import org.vigil.model.CodedQuote;
import org.vigil.model.DateMention;
import org.vigil.model.Json;
import org.vigil.model.Place;
import org.vigil.model.Span;

/** Writes an article and the per-article rows (actors, quotes, casualties, places, dates); reads it back. */
final class ArticleWriter {
    private final Connection connection;

    ArticleWriter(Connection connection) {
        this.connection = connection;
    }

    boolean exists(String articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insert(CodedArticle coded, String storyId, Instant now) throws SQLException {
        ArticleHeader a = coded.article();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO articles (id, title, source, url,"
                + " published, dateline_place, language, text, content_hash, story_id, ingested_at, coded)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            StatementRow row = new StatementRow(insert);
            row.text(a.id());
            row.text(a.title());
            row.text(a.source());
            row.text(a.url());
            row.date(a.published());
            row.text(a.datelinePlace());
            row.text(a.language());
            row.text(a.text());
            row.text(ContentHash.of(a.text()));
            row.text(storyId);
            row.timestamp(now);
            row.text(Json.line(withText(coded, null)));
            insert.executeUpdate();
        }
        insertActors(a.id(), coded);
        insertQuotes(a.id(), coded.quotes());
        insertCasualties(a.id(), coded.casualties());
        insertPlaces(a.id(), coded.places());
        insertDates(a.id(), coded.dates());
    }

    /** The article as it was saved, or null when there is none with this id. */
    CodedArticle read(String articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT text, coded FROM articles WHERE id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                CodedArticle coded = Json.MAPPER.readValue(rs.getString("coded"), CodedArticle.class);
                return withText(coded, rs.getString("text"));
            } catch (JsonProcessingException e) {
                throw new StoreException("article " + articleId + " has an unreadable coded record: "
                        + e.getOriginalMessage(), e);
            }
        }
    }

    private static CodedArticle withText(CodedArticle coded, String text) {
        ArticleHeader a = coded.article();
        ArticleHeader header = new ArticleHeader(a.id(), a.title(), a.source(), a.url(), a.published(),
                a.datelinePlace(), a.language(), text);
        return new CodedArticle(header, coded.events(), coded.actors(), coded.quotes(), coded.casualties(),
                coded.dates(), coded.places());
    }

    private void insertActors(String articleId, CodedArticle coded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO actors (article_id, ordinal, text,"
                + " span_start, span_end, country, organization, sector, person, code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < coded.actors().size(); i++) {
                var actor = coded.actors().get(i);
                StatementRow row = new StatementRow(insert);
                row.text(articleId);
                row.integer(i);
                row.text(actor.text());
                span(actor.span(), row);
                row.text(actor.country());
                row.text(actor.organization());
                row.text(actor.sector());
                row.text(actor.person());
                row.text(actor.code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertQuotes(String articleId, List<CodedQuote> quotes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quotes (article_id, ordinal, text,"
                + " span_start, span_end, " + String.join(", ", ActorColumns.names("speaker")) + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                CodedQuote quote = quotes.get(i);
                StatementRow row = new StatementRow(insert);
                row.text(articleId);
                row.integer(i);
                row.text(quote.text());
                span(quote.span(), row);
                ActorColumns.write(quote.speaker(), row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertCasualties(String articleId, List<Casualty> casualties) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO casualties (article_id, ordinal,"
                + " kind, casualty_count, who, " + String.join(", ", ActorColumns.names("actor"))
                + ", span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < casualties.size(); i++) {
                Casualty casualty = casualties.get(i);
                StatementRow row = new StatementRow(insert);
                row.text(articleId);
                row.integer(i);
                row.text(casualty.kind());
                row.integer(casualty.count());
                row.text(casualty.who());
                ActorColumns.write(casualty.actor(), row);
                span(casualty.span(), row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertPlaces(String articleId, List<Place> places) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO places (article_id, ordinal, text,"
                + " name, country, admin1, lat, lon, feature, gazetteer_id, span_start, span_end)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < places.size(); i++) {
                Place place = places.get(i);
                StatementRow row = new StatementRow(insert);
                row.text(articleId);
                row.integer(i);
                row.text(place.text());
                row.text(place.name());
                row.text(place.country());
                row.text(place.admin1());
                row.real(place.lat());
                row.real(place.lon());
                row.text(place.feature());
                row.text(place.gazetteerId());
                span(place.span(), row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertDates(String articleId, List<DateMention> dates) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dates (article_id, ordinal, text,"
                + " date_value, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < dates.size(); i++) {
                DateMention date = dates.get(i);
                StatementRow row = new StatementRow(insert);
                row.text(articleId);
                row.integer(i);
                row.text(date.text());
                row.text(date.value());
                span(date.span(), row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void span(Span span, RowSink row) throws SQLException {
        row.integer(span == null ? null : span.start());
        row.integer(span == null ? null : span.end());
    }
}
