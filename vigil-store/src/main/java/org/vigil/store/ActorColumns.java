package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.vigil.model.Actor;

/** The six columns an actor is stored in wherever one appears: prefix_text, _country, ... _code. */
final class ActorColumns {
    private static final List<String> FIELDS = List.of("text", "country", "organization", "sector", "person", "code");

    private ActorColumns() {
    }

    static List<String> names(String prefix) {
        return FIELDS.stream().map(field -> prefix + "_" + field).toList();
    }

    static void write(Actor actor, RowSink row) throws SQLException {
        row.text(actor == null ? null : actor.text());
        row.text(actor == null ? null : actor.country());
        row.text(actor == null ? null : actor.organization());
        row.text(actor == null ? null : actor.sector());
        row.text(actor == null ? null : actor.person());
        row.text(actor == null ? null : actor.code());
    }

    /** The actor, without its span (the columns do not keep one), or null when every column is empty. */
    static Actor read(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        String country = rs.getString(prefix + "_country");
        String organization = rs.getString(prefix + "_organization");
        String sector = rs.getString(prefix + "_sector");
        String person = rs.getString(prefix + "_person");
        String code = rs.getString(prefix + "_code");
        if (text == null && country == null && organization == null && sector == null && person == null
                && code == null) {
            return null;
        }
        return new Actor(text, null, country, organization, sector, person, code);
    }
}
