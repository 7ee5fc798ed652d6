package org.vigil.store;

import java.io.IOException;

/** One text export format, written event by event so that exports of any size stream. */
interface EventSink {
    void begin() throws IOException;

    /** Writes the event; false when this format leaves it out. */
    boolean accept(StoredEvent event) throws IOException;

    void end() throws IOException;
}
