package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One office one person held, as people.tsv lists it.
 *
 * @param person       canonical name
 * @param aliases      surnames and spellings news uses
 * @param country      ISO3 of the state the office belongs to, or null for an international organisation
 * @param organization key in organizations.tsv, or null
 * @param sector       agent code (agents.tsv)
 * @param office       the office, in words
 * @param start        first day in office
 * @param end          first day out of office (the successor's start), or null while in office
 * @param note         free remark; one starting with "~" marks an uncertain date
 */
public record Office(String person, List<String> aliases, String country, String organization, String sector,
                     String office, LocalDate start, LocalDate end, String note) {

    public Office {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(start, "start");
        aliases = List.copyOf(aliases);
    }

    /** True when the office was held on that day: from start, up to but not including end. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /** True when the file marks a date of this row as known only roughly. */
    public boolean approximate() {
        return note != null && note.startsWith("~");
    }
}
