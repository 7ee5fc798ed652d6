package org.vigil.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.model.Actor;
import org.vigil.model.Place;

/**
 * A stored event as the 61 columns of the GDELT 2.0 event table, in GDELT's order and formats.
 *
 * <p>Where Vigil knows less than GDELT or codes differently: actor countries go out as CAMEO codes (ROM, TMP,
 * KSV where ISO has ROU, TLS, XKX; see countries.tsv) and geography as FIPS 10-4; KnownGroup, Ethnic, Religion
 * and Type2/Type3 codes are empty (Vigil does not code them); AvgTone is empty (no tone is measured); actors have
 * no geography of their own (Actor1Geo and Actor2Geo are type 0, as GDELT writes when it has none); ADM1Code is
 * the FIPS country code alone and ADM2Code is empty (the gazetteer gives admin names, not codes); FeatureID is the
 * GeoNames id rather than GNS/GNIS, or the FIPS code for a country as GDELT does.
 */
final class GdeltColumns {
    static final int COUNT = 61;

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);
    private static final DateTimeFormatter DATEADDED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GdeltColumns() {
    }

    static List<String> of(StoredEvent e) {
        // GDELT dates every event; Vigil falls back to the report date, and to the day it was stored after that.
        LocalDate date = e.date() != null ? e.date() : e.added().atZone(ZoneOffset.UTC).toLocalDate();
        List<String> row = new ArrayList<>(COUNT);
        row.add(Long.toString(e.eventKey()));
        row.add(SQLDATE.format(date));
        row.add(MONTH_YEAR.format(date));
        row.add(Integer.toString(date.getYear()));
        row.add(String.format(Locale.ROOT, "%.4f",
                date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear()));
        actor(e.source(), row);
        actor(e.target(), row);
        row.add(e.inLead() ? "1" : "0");
        row.add(e.cameo());
        row.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
        row.add(e.root());
        row.add(Integer.toString(e.quadClass()));
        row.add(number(e.goldstein()));
        row.add(Integer.toString(e.numMentions()));
        row.add(Integer.toString(e.numSources()));
        row.add(Integer.toString(e.numArticles()));
        row.add("");
        geography(null, row);
        geography(null, row);
        geography(e.location(), row);
        row.add(DATEADDED.format(e.added()));
        row.add(e.sourceUrl());
        return row.stream().map(GdeltColumns::clean).toList();
    }

    private static void actor(Actor actor, List<String> row) {
        if (actor == null) {
            for (int i = 0; i < 10; i++) {
                row.add("");
            }
            return;
        }
        row.add(CountryCodes.cameoActorCode(actor.code()));
        row.add(name(actor));
        row.add(CountryCodes.cameo(actor.country()));
        row.add("");
        row.add("");
        row.add("");
        row.add("");
        row.add(actor.sector());
        row.add("");
        row.add("");
    }

    // GDELT's names are the dictionary's, in capitals: a person, else an organisation, else the words, else the state.
    private static String name(Actor actor) {
        String name = actor.person() != null ? actor.person()
                : actor.organization() != null ? actor.organization()
                : actor.text() != null ? actor.text()
                : CountryCodes.name(actor.country());
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }

    private static void geography(Place place, List<String> row) {
        if (place == null) {
            row.add("0");
            for (int i = 0; i < 7; i++) {
                row.add("");
            }
            return;
        }
        boolean country = "country".equals(place.feature());
        String fips = CountryCodes.fips(place.country());
        row.add(Integer.toString(geoType(place)));
        row.add(fullName(place));
        row.add(fips);
        row.add(fips);
        row.add("");
        row.add(place.lat() == null ? "" : number(place.lat()));
        row.add(place.lon() == null ? "" : number(place.lon()));
        row.add(country ? fips : place.gazetteerId());
    }

    // GDELT's geography types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    private static int geoType(Place place) {
        boolean us = "USA".equals(place.country());
        if ("country".equals(place.feature())) {
            return 1;
        }
        if ("admin1".equals(place.feature())) {
            return us ? 2 : 5;
        }
        return us ? 3 : 4;
    }

    private static String fullName(Place place) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {place.name(), place.admin1(), CountryCodes.name(place.country())}) {
            if (part != null && !part.isBlank() && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // A tab or line break inside a field would break the row apart.
    private static String clean(String field) {
        return field == null ? "" : field.replaceAll("[\\t\\r\\n]+", " ");
    }
}
