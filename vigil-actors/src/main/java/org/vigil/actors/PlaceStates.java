package org.vigil.actors;

import java.util.Optional;

/**
 * The state a town or region lies in, for names the recogniser tags a location and the actor files do not hold:
 * "police in Lagos" are Nigeria's, and "exercises near Aleppo" are aimed at Syria, as CAMEO codes a place by its
 * state. The places module answers it from its gazetteer; the actor module does not see how.
 */
@FunctionalInterface
public interface PlaceStates {

    /** The ISO3 code of the state the name's place lies in, empty when the name is no place or an ambiguous one. */
    Optional<String> stateOf(String name);
}
