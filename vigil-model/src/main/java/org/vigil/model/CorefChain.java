package org.vigil.model;

import java.util.List;

/**
 * Mentions that refer to the same thing.
 *
 * @param id             identifier, unique in its document
 * @param representative the most informative mention (usually the first full name)
 * @param mentions       every mention, in text order, the representative among them
 */
public record CorefChain(int id, Mention representative, List<Mention> mentions) {
    public CorefChain {
        mentions = List.copyOf(mentions);
    }
}
