package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/** A sentence's dependency edges indexed by token both ways, because the phrase finder walks them for every noun. */
final class SentenceTree {

    private final Sentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    SentenceTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
            parents.add(new ArrayList<>(1));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                parents.get(d.dependent()).add(d);
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d);
                }
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return children.size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    List<Dependency> children(int token) {
        return children.get(token);
    }

    List<Dependency> parents(int token) {
        return parents.get(token);
    }

    /** The token's lemma in lower case, as the resolver's word lists hold it. */
    String lemma(int token) {
        return token(token).lemma().toLowerCase(Locale.ROOT);
    }

    boolean isNoun(int token) {
        return token(token).pos().startsWith("NN");
    }

    boolean isPunctuation(int token) {
        return token(token).text().codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
