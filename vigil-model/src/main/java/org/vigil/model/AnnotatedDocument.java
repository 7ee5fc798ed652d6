package org.vigil.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An article with everything the language layer found in it. Immutable; later stages read it and produce their
 * own records rather than adding keys to it.
 */
public record AnnotatedDocument(Article article, Set<Layer> layers, List<Sentence> sentences,
                                List<EntityMention> entities, List<TimeExpression> times,
                                List<CorefChain> chains, List<Quote> quotes) {
    public AnnotatedDocument {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        chains = List.copyOf(chains);
        quotes = List.copyOf(quotes);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    public void require(Stage<?, ?> stage) {
        for (Layer need : stage.requires()) {
            if (!layers.contains(need)) {
                throw new IllegalStateException(stage.name() + " needs layer " + need + ", which the document of "
                        + article.id() + " lacks (it has " + layers + ")");
            }
        }
    }
}
