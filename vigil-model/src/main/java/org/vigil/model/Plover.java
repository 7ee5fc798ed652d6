package org.vigil.model;

/** PLOVER's event type and mode for a CAMEO code, e.g. {@code ASSAULT} / {@code firearms}. */
public record Plover(String type, String mode) {
}
