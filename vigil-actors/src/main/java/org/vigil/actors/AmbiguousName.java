package org.vigil.actors;

import java.util.List;

/**
 * A name that more than one country answers to, and how Vigil reads it.
 *
 * @param name      the name as written
 * @param countries ISO3 codes of every country that has it
 * @param preferred ISO3 the name codes as, or null to leave it uncoded
 * @param reason    why
 */
public record AmbiguousName(String name, List<String> countries, String preferred, String reason) {

    public AmbiguousName {
        countries = List.copyOf(countries);
    }
}
