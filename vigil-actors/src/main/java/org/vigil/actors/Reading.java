package org.vigil.actors;

import java.util.Objects;

/**
 * One thing a run of words can name, as a lexicon reads it: a state, a people, a seat of power, an organisation, a
 * person in office, a role, or (for dictionaries that code names whole, like PETRARCH's) a ready-made code.
 *
 * @param kind         what the words name; it decides how the reading composes with the words around it
 * @param country      ISO3 it codes, or null
 * @param organization canonical organisation name it codes, or null
 * @param sector       agent code it codes, or null
 * @param person       canonical person name, or null
 * @param source       where the reading comes from, in words, for the mention's reason
 */
public record Reading(Kind kind, String country, String organization, String sector, String person, String source) {

    /** What a name stands for. */
    public enum Kind {
        /** A state by its name ("Serbia"): as a whole mention it is the state itself. */
        COUNTRY,
        /** An adjective or demonym ("Serbian", "Serbs"): it says whose, not who. */
        NATIONALITY,
        /** A metonym for a government ("the Kremlin", "Belgrade"). */
        SEAT_OF_POWER,
        /** An organisation, body, mission, group or state body. */
        ORGANIZATION,
        /** A person, coded with the office held on the article's date. */
        PERSON,
        /** A role word or title ("troops", "President"): it gives the sector. */
        ROLE,
        /** A name a dictionary codes whole, without saying whether it is a person or a body. */
        CODED,
        /** A town or region inside a state ("Lagos", "Aleppo"), tagged a location: it codes its state. */
        PLACE
    }

    public Reading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** True when the reading says whose an actor is: a state or an organisation. */
    public boolean hasOwner() {
        return country != null || organization != null;
    }
}
