package org.vigil.store;

/** How many rows each table holds. */
public record StoreCounts(long articles, long events, long evidence, long actors, long quotes, long casualties,
                          long places, long dates, long stories, long ingestLog) {
}
