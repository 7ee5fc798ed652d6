package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who acts or is acted upon, coded as the contract describes.
 *
 * @param text         the words that name it in the article
 * @param span         where those words stand, or null when the actor is implied
 * @param country      ISO 3166-1 alpha-3 of the state it belongs to or acts for (Kosovo: XKX), null for an
 *                     international organisation
 * @param organization short canonical name of an international organisation, company, party or armed group
 * @param sector       CAMEO-style role: GOV, MIL, COP, JUD, REB, OPP, MED, BUS, CVL, IGO, ...
 * @param person       canonical name of a person
 * @param code         CAMEO-style composite, e.g. USAGOV
 */
public record Actor(String text, @JsonInclude(JsonInclude.Include.NON_NULL) Span span, String country,
                    String organization, String sector, String person, String code) {

    /** True when nothing about it is coded: no country, organisation, person or code. */
    @JsonIgnore
    public boolean isUncoded() {
        return country == null && organization == null && person == null && code == null;
    }

    /** True when it names only a role: a sector with no state, organisation or person ("the police"). */
    @JsonIgnore
    public boolean isSectorOnly() {
        return sector != null && country == null && organization == null && person == null;
    }

    /** True when it is a state and nothing more: no organisation, sector or person. */
    @JsonIgnore
    public boolean isState() {
        return country != null && organization == null && sector == null && person == null;
    }

    /**
     * An actor no words name, only the coder's reading of the act: a protest's own government, or (with no sector)
     * the state a curfew falls on.
     */
    public static Actor implied(String state, String sector) {
        return new Actor(null, null, state, null, sector, null, sector == null ? state : state + sector);
    }

    /** The same words and role, as the given state's: "the police" of a report from Lagos are NGA COP. */
    public Actor inState(String state) {
        return new Actor(text, span, state, null, sector, null, state + sector);
    }
}
