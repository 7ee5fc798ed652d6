package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.vigil.model.CodedArticle;

/**
 * Vigil's event store: coded articles in, distinct events, evidence and stories out, in an embedded DuckDB file
 * (the default) or a PostgreSQL database. One store is one connection; use it from one thread at a time.
 */
public final class EventStore implements AutoCloseable {
    /** Where the store lives when the user does not say. */
    public static final String DEFAULT_LOCATION = StoreLocation.DEFAULT;

    private final Connection connection;
    private final StoreLocation location;

    private EventStore(Connection connection, StoreLocation location) {
        this.connection = connection;
        this.location = location;
    }

    /**
     * Opens the store at {@code location}: a file path for DuckDB (its directories are created), a
     * {@code jdbc:postgresql://host:port/database?user=...&password=...} URL for PostgreSQL, or {@code :memory:}.
     * Call {@link #migrate()} before first use.
     */
    public static EventStore open(String location) {
        StoreLocation where = StoreLocation.parse(location);
        if (where.file() != null && where.file().getParent() != null) {
            try {
                Files.createDirectories(where.file().getParent());
            } catch (IOException e) {
                throw new StoreException("cannot create the directory for store '" + where.display() + "': " + e, e);
            }
        }
        Properties properties = new Properties();
        if (where.dialect() == Dialect.POSTGRESQL) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new EventStore(DriverManager.getConnection(where.jdbcUrl(), properties), where);
        } catch (SQLException e) {
            throw new StoreException("cannot open store '" + where.display() + "': " + e.getMessage(), e);
        }
    }

    /** The location as given, password masked. */
    public String location() {
        return location.display();
    }

    /** Brings the schema up to date; returns how many migrations ran (0 when it already was). */
    public int migrate() {
        return sql("migrating", () -> Migrations.apply(connection, location.dialect()));
    }

    /**
     * Saves a coded article and merges its events into the store, all in one transaction. Events with the same
     * key (date, source code, target code, CAMEO code, story) as one already stored become evidence for it.
     *
     * @param storyId the story the article belongs to; null or blank makes the article a story of its own
     * @return false, having changed nothing, when an article with this id is already stored
     */
    public boolean save(CodedArticle article, String storyId) {
        String id = article.article().id();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an article needs an id to be saved");
        }
        String story = storyId == null || storyId.isBlank() ? id : storyId;
        return sql("saving article " + id, () -> Transactions.run(connection, () -> {
            ArticleWriter articles = new ArticleWriter(connection);
            if (articles.exists(id)) {
                return false;
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            articles.insert(article, story, now);
            new EventMerger(connection).add(article, story, now);
            new StoryCounter(connection).update(story, article.article().title());
            return true;
        }));
    }

    /** Records what became of one input, e.g. a file or URL, and why. */
    public void logIngest(String input, IngestOutcome outcome, String reason, String articleId) {
        sql("logging ingest of " + input, () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ingest_log (input, outcome,"
                    + " reason, article_id, logged_at) VALUES (?, ?, ?, ?, ?)")) {
                StatementRow row = new StatementRow(insert);
                row.text(input);
                row.text(outcome.code());
                row.text(reason);
                row.text(articleId);
                row.timestamp(Instant.now().truncatedTo(ChronoUnit.MICROS));
                return insert.executeUpdate();
            }
        });
    }

    /** Whether an article with this {@link ContentHash} is stored. */
    public boolean hasArticle(String contentHash) {
        return sql("looking up a content hash", () -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1")) {
                query.setString(1, contentHash);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The coded article as it was saved. */
    public Optional<CodedArticle> article(String id) {
        return sql("reading article " + id, () -> Optional.ofNullable(new ArticleWriter(connection).read(id)));
    }

    /** An article and the story it was stored under. */
    public record StoredStory(String articleId, String storyId) {
    }

    /**
     * The articles saved last, newest first, with their stories: what a new ingest run needs to join a report to a
     * story an earlier run stored.
     */
    public List<StoredStory> recentArticles(int limit) {
        return sql("reading recent articles", () -> {
            List<StoredStory> recent = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, story_id FROM articles ORDER BY ingested_at DESC, id DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        recent.add(new StoredStory(rs.getString("id"), rs.getString("story_id")));
                    }
                }
            }
            return recent;
        });
    }

    /** Every article's evidence for one event, in the order it was saved. */
    public List<Evidence> evidence(long eventKey) {
        return sql("reading evidence for event " + eventKey, () -> {
            List<Evidence> evidence = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ev.article_id, ev.sentence,"
                    + " ev.span_start, ev.span_end, ev.evidence, ev.rule, ev.confidence FROM event_evidence ev"
                    + " JOIN articles a ON a.id = ev.article_id WHERE ev.event_key = ?"
                    + " ORDER BY a.ingested_at, ev.article_id, ev.sentence")) {
                query.setLong(1, eventKey);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        evidence.add(new Evidence(rs.getString("article_id"), rs.getInt("sentence"), Cells.span(rs),
                                rs.getString("evidence"), rs.getString("rule"), rs.getDouble("confidence")));
                    }
                }
            }
            return evidence;
        });
    }

    public StoreCounts counts() {
        return sql("counting rows", () -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM articles),"
                         + " (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_evidence),"
                         + " (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM quotes),"
                         + " (SELECT COUNT(*) FROM casualties), (SELECT COUNT(*) FROM places),"
                         + " (SELECT COUNT(*) FROM dates), (SELECT COUNT(*) FROM stories),"
                         + " (SELECT COUNT(*) FROM ingest_log)")) {
                rs.next();
                return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
            }
        });
    }

    /**
     * Events per day from one country to another, with their mean Goldstein value: every day from {@code from}
     * to {@code to}, zero on days without events. Negated and hypothetical events are not counted.
     */
    public List<DailyCount> dyadDailySeries(String sourceCountry, String targetCountry, LocalDate from,
                                            LocalDate to) {
        return sql("querying the " + sourceCountry + "-" + targetCountry + " series",
                () -> new AnalystQueries(connection).dyadDailySeries(sourceCountry, targetCountry, from, to));
    }

    /**
     * Events per month and quad class in which the country is source or target (an event within the country
     * counts once). Negated and hypothetical events are not counted.
     */
    public List<MonthCount> countryMonthCounts(String country) {
        return sql("querying months for " + country, () -> new AnalystQueries(connection).countryMonthCounts(country));
    }

    /** The stored events that pass the filter, oldest first. */
    public EventCursor events(ExportFilter filter) {
        return sql("reading events", () -> EventCursor.open(connection, filter, location.display()));
    }

    /**
     * Loads events as they are, all or none, by the engine's fastest path: no merging, no evidence. For filling a
     * fresh store (benchmarks, copies); every key must be new.
     *
     * @return how many were loaded
     */
    public long bulkLoad(Iterator<StoredEvent> events) {
        return sql("bulk loading events", () -> location.dialect().bulkLoader(connection).load(events));
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return location.dialect();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing store '" + location.display() + "' failed: " + e.getMessage(), e);
        }
    }

    private <T> T sql(String doing, Transactions.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(doing + " in store '" + location.display() + "' failed: " + e.getMessage(), e);
        }
    }
}
