package org.vigil.events.casualty;

import java.util.ArrayList;
import java.util.List;

import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/** A sentence's dependency graph indexed both ways, since the toll rules walk it up and down many times. */
final class Graph {

    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    Graph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() != Dependency.ROOT) {
                out.get(d.governor()).add(d);
            }
            in.get(d.dependent()).add(d);
        }
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** Dependents through exactly this relation ("nsubj:pass", "nmod:of"), in word order. */
    List<Integer> children(int governor, String relation) {
        return out.get(governor).stream().filter(d -> d.relation().equals(relation))
                .map(Dependency::dependent).sorted().toList();
    }

    /** Dependents through a relation of this base, whatever its enhancement ("conj" for "conj:and"). */
    List<Integer> childrenByBase(int governor, String base) {
        return out.get(governor).stream().filter(d -> d.base().equals(base))
                .map(Dependency::dependent).sorted().toList();
    }

    List<Dependency> dependents(int governor) {
        return out.get(governor);
    }

    /** Edges that end at this token; the enhanced graph may give it several governors. */
    List<Dependency> governors(int dependent) {
        return in.get(dependent);
    }
}
