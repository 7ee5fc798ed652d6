package org.vigil.actors;

/**
 * A CAMEO agent (sector) code Vigil uses.
 *
 * @param code        three capitals, e.g. GOV
 * @param description what it stands for
 */
public record Agent(String code, String description) {
}
