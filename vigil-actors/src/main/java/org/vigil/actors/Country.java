package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A state or territory as countries.tsv describes it.
 *
 * @param iso3         ISO 3166-1 alpha-3 (Kosovo: XKX)
 * @param iso2         ISO 3166-1 alpha-2 (Kosovo: XK)
 * @param name         the name news uses most
 * @param otherNames   official, short and historical names
 * @param adjectives   words used before a noun: "Serbian" police
 * @param demonyms     words for its people: "Serbs"
 * @param capitals     capital cities; data, not lookup keys
 * @param seatsOfPower metonyms that stand for its government: "the Kremlin"
 */
public record Country(String iso3, String iso2, String name, List<String> otherNames, List<String> adjectives,
                      List<String> demonyms, List<String> capitals, List<String> seatsOfPower) {

    /** Which column a matched name came from; a seat of power implies the government is meant. */
    public enum NameKind { NAME, OTHER_NAME, ADJECTIVE, DEMONYM, SEAT_OF_POWER }

    /** A country together with the kind of name that matched it. */
    public record Match(Country country, NameKind kind) {
    }

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        adjectives = List.copyOf(adjectives);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        seatsOfPower = List.copyOf(seatsOfPower);
    }

    /** A name of this country and the column it comes from. */
    public record Named(String name, NameKind kind) {
    }

    /** Every name it is looked up by (all columns but the capitals), in column order. */
    public List<Named> lookupNames() {
        List<Named> out = new ArrayList<>();
        out.add(new Named(name, NameKind.NAME));
        otherNames.forEach(n -> out.add(new Named(n, NameKind.OTHER_NAME)));
        adjectives.forEach(n -> out.add(new Named(n, NameKind.ADJECTIVE)));
        demonyms.forEach(n -> out.add(new Named(n, NameKind.DEMONYM)));
        seatsOfPower.forEach(n -> out.add(new Named(n, NameKind.SEAT_OF_POWER)));
        return out;
    }
}
