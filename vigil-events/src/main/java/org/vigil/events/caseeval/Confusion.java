package org.vigil.events.caseeval;

/** A kind of error: how many snippets of one gold label were given another. */
public record Confusion(String gold, String predicted, int count) {
}
