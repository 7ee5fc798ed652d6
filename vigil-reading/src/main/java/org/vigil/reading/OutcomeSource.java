package org.vigil.reading;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** The outcomes of one input, read as they are asked for; closing it releases the file it reads. */
interface OutcomeSource extends Iterator<Outcome>, AutoCloseable {
    @Override
    void close();

    /** A source of a single outcome that is already read, so there is nothing to release. */
    static OutcomeSource of(Outcome outcome) {
        return new OutcomeSource() {
            private boolean taken;

            @Override
            public boolean hasNext() {
                return !taken;
            }

            @Override
            public Outcome next() {
                if (taken) {
                    throw new NoSuchElementException();
                }
                taken = true;
                return outcome;
            }

            @Override
            public void close() {
            }
        };
    }
}
