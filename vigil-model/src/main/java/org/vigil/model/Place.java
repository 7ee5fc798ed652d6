package org.vigil.model;

/**
 * A place mention resolved against the gazetteer.
 *
 * @param text         the words as written ("northern Kosovo")
 * @param name         the gazetteer's name for it
 * @param country      ISO 3166-1 alpha-3
 * @param admin1       first-level division name, or null
 * @param lat          latitude, degrees
 * @param lon          longitude, degrees
 * @param feature      country, admin1, admin2, city, region, water, landmark, ..., or vicinity: a place the
 *                     gazetteer lacks (a street, a school), put at the town the article names nearest to it
 * @param gazetteerId  GeoNames id, or null
 * @param span         where it stands in the article text
 * @param qualifier    the part of the place the text names ("northern" in "northern Kosovo"), or null
 */
public record Place(String text, String name, String country, String admin1, Double lat, Double lon,
                    String feature, String gazetteerId, Span span, String qualifier) {
    /** A place named as a whole, with no qualifier. */
    public Place(String text, String name, String country, String admin1, Double lat, Double lon, String feature,
                 String gazetteerId, Span span) {
        this(text, name, country, admin1, lat, lon, feature, gazetteerId, span, null);
    }
}
