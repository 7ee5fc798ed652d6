package org.vigil.store;

import java.io.IOException;
import java.io.Writer;

/**
 * GDELT 2.0 event rows: tab-separated, no header, as GDELT's export files are. Negated and hypothetical events
 * are left out, because GDELT has no column to mark them and every consumer would count them as having happened.
 */
final class GdeltSink implements EventSink {
    private final Writer out;

    GdeltSink(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
    }

    @Override
    public boolean accept(StoredEvent event) throws IOException {
        if (event.negated() || event.hypothetical()) {
            return false;
        }
        out.write(String.join("\t", GdeltColumns.of(event)));
        out.write('\n');
        return true;
    }

    @Override
    public void end() {
    }
}
