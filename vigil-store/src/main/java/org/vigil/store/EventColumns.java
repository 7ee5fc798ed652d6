package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.Place;
import org.vigil.model.Plover;

/**
 * The events table's columns in table order, and how a {@link StoredEvent} maps onto them. DuckDB's Appender
 * fills columns by position, so this order must be the table's; a test holds the two together.
 */
final class EventColumns {
    static final List<String> NAMES = names();

    private EventColumns() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("event_key", "cameo", "root", "quad_class", "goldstein",
                "plover_type", "plover_mode"));
        names.addAll(ActorColumns.names("source"));
        names.addAll(ActorColumns.names("target"));
        names.addAll(List.of("event_date", "date_basis", "negated", "hypothetical", "historical", "attributed_to",
                "location_name", "location_country", "location_admin1", "location_feature", "location_lat",
                "location_lon", "location_gazetteer_id", "confidence", "rule", "num_mentions", "num_articles",
                "num_sources", "in_lead", "story_id", "source_url", "added_at"));
        return Collections.unmodifiableList(names);
    }

    static String list() {
        return String.join(", ", NAMES);
    }

    static String insert() {
        return "INSERT INTO events (" + list() + ") VALUES (" + String.join(", ", Collections.nCopies(NAMES.size(), "?"))
                + ")";
    }

    static void write(StoredEvent e, RowSink row) throws SQLException {
        row.bigint(e.eventKey());
        row.text(e.cameo());
        row.text(e.root());
        row.integer(e.quadClass());
        row.real(e.goldstein());
        row.text(e.plover() == null ? null : e.plover().type());
        row.text(e.plover() == null ? null : e.plover().mode());
        ActorColumns.write(e.source(), row);
        ActorColumns.write(e.target(), row);
        row.date(e.date());
        row.text(e.dateBasis());
        row.bool(e.negated());
        row.bool(e.hypothetical());
        row.bool(e.historical());
        row.text(e.attributedTo() == null ? null : e.attributedTo().code());
        Place place = e.location();
        row.text(place == null ? null : place.name());
        row.text(place == null ? null : place.country());
        row.text(place == null ? null : place.admin1());
        row.text(place == null ? null : place.feature());
        row.real(place == null ? null : place.lat());
        row.real(place == null ? null : place.lon());
        row.text(place == null ? null : place.gazetteerId());
        row.real(e.confidence());
        row.text(e.rule());
        row.integer(e.numMentions());
        row.integer(e.numArticles());
        row.integer(e.numSources());
        row.bool(e.inLead());
        row.text(e.storyId());
        row.text(e.sourceUrl());
        row.timestamp(e.added());
    }

    static StoredEvent read(ResultSet rs) throws SQLException {
        String ploverType = rs.getString("plover_type");
        String ploverMode = rs.getString("plover_mode");
        String attributedTo = rs.getString("attributed_to");
        return new StoredEvent(rs.getLong("event_key"), rs.getString("cameo"), rs.getString("root"),
                rs.getInt("quad_class"), rs.getDouble("goldstein"),
                ploverType == null && ploverMode == null ? null : new Plover(ploverType, ploverMode),
                ActorColumns.read(rs, "source"), ActorColumns.read(rs, "target"), Cells.date(rs, "event_date"),
                rs.getString("date_basis"), rs.getBoolean("negated"), rs.getBoolean("hypothetical"),
                rs.getBoolean("historical"),
                attributedTo == null ? null : new Actor(null, null, null, null, null, null, attributedTo),
                location(rs), rs.getDouble("confidence"), rs.getString("rule"), rs.getInt("num_mentions"),
                rs.getInt("num_articles"), rs.getInt("num_sources"), rs.getBoolean("in_lead"),
                rs.getString("story_id"), rs.getString("source_url"), Cells.timestamp(rs, "added_at"));
    }

    private static Place location(ResultSet rs) throws SQLException {
        String name = rs.getString("location_name");
        String country = rs.getString("location_country");
        Double lat = Cells.real(rs, "location_lat");
        Double lon = Cells.real(rs, "location_lon");
        if (name == null && country == null && lat == null && lon == null) {
            return null;
        }
        return new Place(null, name, country, rs.getString("location_admin1"), lat, lon,
                rs.getString("location_feature"), rs.getString("location_gazetteer_id"), null);
    }
}
