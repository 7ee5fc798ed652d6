package org.vigil.model;

import java.util.List;

/**
 * A sentence with its words and dependency graph.
 *
 * @param index        position in the article, from 0
 * @param span         where it stands in the article text
 * @param tokens       its words, in order
 * @param dependencies its enhanced++ dependency graph
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public String text(String articleText) {
        return span.of(articleText);
    }

    /** Edges whose governor is the given token. */
    public List<Dependency> dependentsOf(int token) {
        return dependencies.stream().filter(d -> d.governor() == token).toList();
    }

    /** Edges whose dependent is the given token. */
    public List<Dependency> governorsOf(int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).toList();
    }
}
