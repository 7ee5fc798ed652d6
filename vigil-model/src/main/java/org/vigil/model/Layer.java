package org.vigil.model;

/**
 * What a stage adds to a document. Stages declare the layers they need and the ones they provide, so a
 * pipeline can be checked for order before any text flows through it.
 */
public enum Layer {
    TEXT, SENTENCES, TOKENS, LEMMAS, PART_OF_SPEECH, ENTITIES, TIME_EXPRESSIONS, DEPENDENCIES, COREFERENCE, QUOTES
}
