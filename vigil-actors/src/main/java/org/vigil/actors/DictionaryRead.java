package org.vigil.actors;

import java.util.List;

/**
 * What reading a PETRARCH dictionary gave: its entries, and the lines it skipped and why. PETRARCH itself skips a
 * line it cannot read and goes on, and the published dictionaries have a few such lines, so Vigil does the same but
 * says which.
 *
 * @param entries the entries read
 * @param skipped one "file:line: reason" per line left out
 */
public record DictionaryRead<T>(List<T> entries, List<String> skipped) {

    public DictionaryRead {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }
}
