package org.vigil.store;

import java.util.Locale;

/** What became of one input to ingestion. */
public enum IngestOutcome {
    /** Coded and saved. */
    CODED,
    /** Already in the store under the same content hash. */
    DUPLICATE,
    /** Not coded: not news, unreadable, wrong language, ... (the reason says which). */
    SKIPPED;

    /** The word stored in {@code ingest_log.outcome}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
