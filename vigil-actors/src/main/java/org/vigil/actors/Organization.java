package org.vigil.actors;

import java.util.List;
import java.util.Objects;

/**
 * An international organisation, one of its bodies or missions, an armed group, a party or a state body.
 *
 * @param key       stable identifier that people.tsv refers to
 * @param canonical the short name an actor is coded with (a mission takes its parent's: KFOR codes as NATO); null for
 *                  a state body, which is coded by country and sector alone
 * @param names     every name news uses for it
 * @param parent    key of the organisation it belongs to, or null
 * @param sector    agent code (agents.tsv)
 * @param country   ISO3 of the state it belongs to, or null for an international one
 */
public record Organization(String key, String canonical, List<String> names, String parent, String sector,
                           String country) {

    public Organization {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sector, "sector");
        names = List.copyOf(names);
    }
}
