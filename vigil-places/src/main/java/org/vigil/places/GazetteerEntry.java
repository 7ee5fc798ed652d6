package org.vigil.places;

import java.util.List;

/**
 * One place as the index receives it, whatever source it came from.
 *
 * @param id             GeoNames id, or the GeoNames admin code ("US.TX") for divisions the data gives no id for
 * @param name           preferred name
 * @param alternateNames every other name: ASCII form, translations, other scripts, abbreviations
 * @param demonyms       adjectives for its people ("Serbian"); countries and continents only
 * @param countryIso2    ISO 3166-1 alpha-2, null for continents and regions
 * @param countryIso3    ISO 3166-1 alpha-3 (Kosovo: XKX), null for continents and regions
 * @param admin1Code     GeoNames first-level division code within the country, or null
 * @param admin1Name     that division's name, or null
 * @param admin2Code     GeoNames second-level division code within admin1, or null
 * @param featureClass   GeoNames feature class: P populated place, A administrative, L area
 * @param featureCode    GeoNames feature code: PPLC, PPLA, PPL, PCLI, ADM1, ADM2, CONT, RGN, ...
 * @param population     people, 0 when unknown
 * @param lat            latitude, degrees
 * @param lon            longitude, degrees
 */
record GazetteerEntry(String id, String name, List<String> alternateNames, List<String> demonyms,
                      String countryIso2, String countryIso3, String admin1Code, String admin1Name, String admin2Code,
                      String featureClass, String featureCode, long population, double lat, double lon) {
    GazetteerEntry {
        alternateNames = List.copyOf(alternateNames);
        demonyms = List.copyOf(demonyms);
    }
}
