package org.vigil.places;

/**
 * A place a name may refer to, as the gazetteer holds it.
 *
 * @param id           GeoNames id, or the GeoNames admin code ("US.TX") of a division the data gives no id for, or
 *                     "RGN." and a name for a region outside GeoNames' country tables
 * @param name         preferred name
 * @param match        how the looked-up name met it
 * @param featureClass GeoNames feature class: P populated place, A administrative, L area
 * @param featureCode  GeoNames feature code: PPLC, PPLA, PPL, PCLI, ADM1, ADM2, CONT, RGN, ...
 * @param countryIso2  ISO 3166-1 alpha-2, null for continents and regions
 * @param countryIso3  ISO 3166-1 alpha-3 (Kosovo: XKX), null for continents and regions
 * @param admin1Code   GeoNames first-level division code, or null
 * @param admin1Name   first-level division name, or null
 * @param population   people, 0 when unknown
 * @param lat          latitude, degrees
 * @param lon          longitude, degrees
 */
public record Candidate(String id, String name, MatchKind match, String featureClass, String featureCode,
                        String countryIso2, String countryIso3, String admin1Code, String admin1Name,
                        long population, double lat, double lon) {

    /** The GeoNames id, or null when the place has none in the data. */
    public String geonameId() {
        return id.chars().allMatch(Character::isDigit) ? id : null;
    }
}
