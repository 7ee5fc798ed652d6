package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * A sentence's enhanced++ graph indexed both ways, built once per sentence: {@link Sentence#dependentsOf} scans
 * every edge, which the coder would otherwise do thousands of times a sentence.
 */
final class SentenceGraph {
    private static final int MAX_CONJ_HOPS = 4;

    private static final Dependency[] NONE = new Dependency[0];

    private final Sentence sentence;
    private final String[] lemmas;
    private final Dependency[][] out;
    private final Dependency[][] in;
    private final boolean[] time;
    /** Lemmas of the verbs of saying ({@code @SPEECH}), to find who says what a clause says. */
    private final Set<String> speech;
    /** Lemmas of the verbs of harm ({@code @HARM}), to find what an event noun did. */
    private final Set<String> harm;
    /** Noun phrases, computed when first asked for. */
    private final List<Integer>[] phrases;

    /** @param time per token, whether it belongs to a date or time expression */
    SentenceGraph(Sentence sentence, boolean[] time, Cues cues) {
        this.sentence = sentence;
        this.time = time;
        int n = sentence.tokens().size();
        lemmas = new String[n];
        for (Token t : sentence.tokens()) {
            lemmas[t.index()] = lemma(t);
        }
        List<Dependency> edges = ParseRepairs.repair(sentence, lemmas, cues);
        speech = cues.speech();
        harm = cues.harm();
        // Every sentence of every article builds one: arrays sized by a first count, not lists per token.
        int[] outs = new int[n];
        int[] ins = new int[n];
        for (Dependency d : edges) {
            if (d.governor() >= 0 && d.governor() < n && d.dependent() < n) {
                outs[d.governor()]++;
            }
            if (d.dependent() >= 0 && d.dependent() < n) {
                ins[d.dependent()]++;
            }
        }
        out = new Dependency[n][];
        in = new Dependency[n][];
        for (int i = 0; i < n; i++) {
            out[i] = outs[i] == 0 ? NONE : new Dependency[outs[i]];
            in[i] = ins[i] == 0 ? NONE : new Dependency[ins[i]];
            outs[i] = 0;
            ins[i] = 0;
        }
        for (Dependency d : edges) {
            if (d.governor() >= 0 && d.governor() < n && d.dependent() < n) {
                out[d.governor()][outs[d.governor()]++] = d;
            }
            if (d.dependent() >= 0 && d.dependent() < n) {
                in[d.dependent()][ins[d.dependent()]++] = d;
            }
        }
        @SuppressWarnings("unchecked")
        List<Integer>[] none = new List[n];
        phrases = none;
    }

    /**
     * The token's lemma in lower case. The lemmatiser leaves a few plurals as written ("troops", and a capitalised
     * first word such as "Farmers" that the tagger takes for a name); such a noun loses its final s, so that
     * patterns can name the singular.
     */
    private static String lemma(Token t) {
        String lemma = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
        String pos = t.pos() == null ? "" : t.pos();
        boolean plural = pos.startsWith("NNS") || t.index() == 0 && pos.startsWith("NNP");
        if (plural && lemma.equals(t.text().toLowerCase(Locale.ROOT)) && lemma.length() > 3
                && lemma.endsWith("s") && !lemma.endsWith("ss") && !lemma.endsWith("us") && !lemma.endsWith("is")) {
            return lemma.substring(0, lemma.length() - 1);
        }
        return lemma;
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return lemmas.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return lemmas[i];
    }

    String pos(int i) {
        String pos = sentence.tokens().get(i).pos();
        return pos == null ? "" : pos;
    }

    /**
     * Who says what the token heads, where a verb of saying says it: "Pakistan" in "Pakistan said India was
     * responsible for the bombing" and in "India is responsible, Pakistan said", so that a pattern can make the
     * speaker its source ({@code speaker=SOURCE}) where saying it is the act. No edge joins them: the speaker is no
     * word of the clause.
     */
    List<Integer> speakers(int token) {
        for (Dependency d : in[token]) {
            if (d.relation().equals("ccomp") && d.governor() >= 0 && speech.contains(lemmas[d.governor()])) {
                return dependents(d.governor(), "nsubj");
            }
        }
        for (Dependency d : out[token]) {
            if (d.relation().equals("parataxis") && speech.contains(lemmas[d.dependent()])) {
                return dependents(d.dependent(), "nsubj");
            }
        }
        return List.of();
    }

    /** Whether the token belongs to a date or time: "on Tuesday" is when, never whom. */
    boolean time(int i) {
        return time[i];
    }

    Dependency[] out(int i) {
        return out[i];
    }

    Dependency[] in(int i) {
        return in[i];
    }

    /** Dependents of {@code head} whose relation passes the test, in sentence order. */
    List<Integer> dependents(int head, Predicate<String> relation) {
        List<Integer> found = new ArrayList<>(2);
        for (Dependency d : out[head]) {
            if (relation.test(d.relation()) && !found.contains(d.dependent())) {
                found.add(d.dependent());
            }
        }
        return found;
    }

    /** Dependents of {@code head} under exactly this relation. */
    List<Integer> dependents(int head, String relation) {
        return dependents(head, relation::equals);
    }

    boolean hasDependent(int head, String relation) {
        for (Dependency d : out[head]) {
            if (d.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the predicate is passive: "were detained", "was attacked". */
    boolean passive(int head) {
        return passive(head, 0);
    }

    /** Whether the parser marked the predicate passive itself, with a passive auxiliary or subject. */
    boolean markedPassive(int head) {
        for (Dependency d : out[head]) {
            if (d.relation().startsWith("aux:pass") || d.relation().startsWith("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /** Enhanced graphs can hold cycles of conjuncts; a few hops settle any real coordination. */
    private boolean passive(int head, int hops) {
        if (markedPassive(head)) {
            return true;
        }
        // A past participle with no auxiliary and no object is passive: "Serbia, backed by Russia", "Five killed in
        // attack", and reduced relatives the parser gives a subject ("citizens detained in Europe").
        if (pos(head).equals("VBN")) {
            // The tagger often gives simple pasts as participles ("forces tortured protesters"): one with an object
            // is active, and so is one whose by-phrase is a gerund, which tells the means and no agent ("Russia
            // retaliated by closing the consulate").
            for (Dependency d : out[head]) {
                String r = d.relation();
                if (r.startsWith("aux") || r.equals("cop") || r.equals("obj") || r.equals("ccomp")
                        || r.equals("obl:by") && pos(d.dependent()).equals("VBG")) {
                    return false;
                }
            }
            // "Police fired tear gas and arrested dozens": a conjunct shares the voice of the verb it joins.
            for (Dependency d : in[head]) {
                if (d.relation().startsWith("conj") && d.governor() >= 0 && hops < MAX_CONJ_HOPS) {
                    return passive(d.governor(), hops + 1);
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The verb of harm ({@code @HARM}) that the noun hangs from by a relation the test accepts ("the strikes killed
     * 20", "were killed in an attack"), or -1.
     */
    int harmVerb(int noun, java.util.function.Predicate<String> relation) {
        for (Dependency d : in[noun]) {
            if (d.governor() >= 0 && relation.test(d.relation()) && harm.contains(lemmas[d.governor()])) {
                return d.governor();
            }
        }
        return -1;
    }

    /** Whether a word is the subject or agent of some predicate, and so a doer rather than one acted upon. */
    boolean actsItself(int x) {
        for (Dependency d : in[x]) {
            String r = d.relation();
            if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("obl:agent") || r.equals("nmod:agent")) {
                return true;
            }
        }
        return false;
    }

    /** The object of a passive: its passive subject, or the subject the parser gave a bare participle. */
    List<Integer> passiveObjects(int head) {
        List<Integer> found = dependents(head, r -> r.startsWith("nsubj:pass"));
        if (found.isEmpty()) {
            found = dependents(head, "nsubj");
        }
        return found.isEmpty() ? reducedRelativeSubject(head) : found;
    }

    /**
     * "The journalists arrested last week were released": the parser may make the subject's reduced relative the
     * clause ("arrested" governing "were released", or a clausal subject); the noun it gave that participle as
     * subject is the one the passive befell.
     */
    private List<Integer> reducedRelativeSubject(int head) {
        for (int c : dependents(head, r -> r.startsWith("csubj:pass"))) {
            List<Integer> noun = dependents(c, "nsubj");
            if (!noun.isEmpty()) {
                return noun;
            }
        }
        for (Dependency d : in[head]) {
            int v = d.governor();
            if (d.relation().equals("dep") && v >= 0 && v < head && pos(v).equals("VBN")) {
                List<Integer> noun = dependents(v, "nsubj");
                if (!noun.isEmpty()) {
                    return noun;
                }
            }
        }
        return List.of();
    }

    /**
     * The words of a noun phrase: the head with its compounds, adjectives, possessors, flat names and
     * quantities, so that "advanced Serbian artillery" holds serbian and artillery, "thousands of refugees"
     * holds thousand.
     */
    List<Integer> phrase(int head) {
        if (phrases[head] == null) {
            List<Integer> words = new ArrayList<>(4);
            collectPhrase(head, words, 0);
            phrases[head] = List.copyOf(words);
        }
        return phrases[head];
    }

    private void collectPhrase(int token, List<Integer> words, int depth) {
        words.add(token);
        if (depth > 3) {
            return;
        }
        for (Dependency d : out[token]) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.startsWith("flat")
                    || r.equals("nummod") || r.equals("det:qmod")) {
                if (!words.contains(d.dependent())) {
                    collectPhrase(d.dependent(), words, depth + 1);
                }
            }
        }
    }

    /** First and last token of a phrase, for spans. */
    int[] extent(List<Integer> tokens) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int t : tokens) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        return new int[] {min, max};
    }
}
