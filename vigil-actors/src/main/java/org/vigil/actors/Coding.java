package org.vigil.actors;

import java.util.Locale;
import org.vigil.model.Actor;
import org.vigil.model.Span;

/**
 * What a mention was coded as, and why, before it is written out as an {@link Actor}.
 *
 * @param country      ISO3, or null
 * @param organization canonical organisation name, or null
 * @param sector       agent code, or null
 * @param person       canonical person name, or null
 * @param reason       the words and entries that gave the coding
 */
record Coding(String country, String organization, String sector, String person, String reason) {

    /** A mention that names an actor Vigil cannot code. */
    static Coding uncoded(String reason) {
        return new Coding(null, null, null, null, reason);
    }

    /** True when it says whose or who the actor is, not only what role it plays. */
    boolean isCoded() {
        return country != null || organization != null || person != null;
    }

    boolean hasOwner() {
        return country != null || organization != null;
    }

    Coding withReason(String newReason) {
        return new Coding(country, organization, sector, person, newReason);
    }

    Coding withPerson(String name) {
        return new Coding(country, organization, sector, name, reason);
    }

    /**
     * The actor, with the CAMEO-style composite code: the state (or, for an international body, its name in capitals)
     * followed by the sector, as in SRBGOV or NATOMIL. The sector is left out when it only repeats that the owner is
     * an organisation of that kind ("NATO", not "NATOIGO"); a role alone, without a state or organisation, gets no
     * code, because CAMEO has none for "some government".
     */
    Actor actor(String text, Span span, ResolverWords words) {
        String prefix = country != null ? country
                : organization != null ? organization.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") : null;
        String code = null;
        if (prefix != null) {
            boolean kindOnly = country == null && sector != null && words.organizationSectors().contains(sector);
            code = sector == null || kindOnly ? prefix : prefix + sector;
        }
        return new Actor(text, span, country, organization, sector, person, code);
    }

    /** "SRB GOV person Aleksandar Vučić": the fields that are set, for reasons. */
    String summary() {
        StringBuilder b = new StringBuilder();
        append(b, country);
        append(b, organization);
        append(b, sector);
        if (person != null) {
            append(b, "person " + person);
        }
        return b.length() == 0 ? "uncoded" : b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (s != null) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s);
        }
    }
}
