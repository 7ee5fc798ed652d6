package org.vigil.store;

import java.io.IOException;
import java.io.Writer;
import org.vigil.model.Json;

/** One event per line in the contract's JSON names, with the store's keys and counts added. */
final class JsonlSink implements EventSink {
    private final Writer out;

    JsonlSink(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
    }

    @Override
    public boolean accept(StoredEvent event) throws IOException {
        out.write(Json.line(event));
        out.write('\n');
        return true;
    }

    @Override
    public void end() {
    }
}
