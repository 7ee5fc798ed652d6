package org.vigil.events;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<Dependency> edges = idleParticiple(subjectsPurpose(ownedStance(stanceClause(forTo(callOn(
                infinitiveRoot(sentence.dependencies(), sentence), lemmas), lemmas), lemmas, cues), sentence, lemmas,
                cues), lemmas, cues), sentence, lemmas, cues);
        speech = cues.speech();
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
     * "Israel's plan to build new settlements drew condemnation from Egypt": the parser may make the infinitive the
     * root, the plan its subject, and the finite verb after it a clause of its own ("settlements drew"), an
     * adjective of its object ("drew/amod criticism") or a clause on the infinitive's object ("taxes appealed"). No
     * sentence is an infinitive with a subject; the finite verb is the predicate, the noun before the infinitive its
     * subject, and the infinitive what that noun is a plan to do.
     */
    private static List<Dependency> infinitiveRoot(List<Dependency> edges, Sentence sentence) {
        int root = -1;
        int subject = -1;
        boolean to = false;
        for (Dependency d : edges) {
            if (d.governor() == Dependency.ROOT) {
                root = d.dependent();
            }
        }
        if (root < 0 || !"VB".equals(sentence.tokens().get(root).pos())) {
            return edges;
        }
        for (Dependency d : edges) {
            if (d.governor() == root && d.relation().equals("nsubj") && d.dependent() < root) {
                subject = d.dependent();
            }
            to |= d.governor() == root && d.relation().equals("mark") && d.dependent() == root - 1
                    && "TO".equals(sentence.tokens().get(d.dependent()).pos());
        }
        if (subject < 0 || !to || !sentence.tokens().get(subject).pos().startsWith("NN")) {
            return edges;
        }
        for (Dependency d : edges) {
            int v = d.dependent();
            if (v <= root || !finite(sentence.tokens().get(v).pos())) {
                continue;
            }
            // "... settlements drew condemnation": the finite verb's own subject is the infinitive's object
            Dependency own = null;
            if (d.governor() == root && d.relation().equals("ccomp")) {
                for (Dependency e : edges) {
                    if (e.governor() == v && e.relation().equals("nsubj") && e.dependent() > root
                            && e.dependent() < v) {
                        own = e;
                    }
                }
                if (own == null) {
                    continue;
                }
            } else if (!(d.relation().equals("amod") && d.governor() == v + 1
                    || d.relation().equals("acl") && d.governor() < v)
                    || !edges.contains(new Dependency("obj", root, d.governor()))) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(edges);
            out.remove(new Dependency("root", Dependency.ROOT, root));
            out.remove(d);
            out.remove(new Dependency("nsubj", root, subject));
            out.add(new Dependency("root", Dependency.ROOT, v));
            out.add(new Dependency("nsubj", v, subject));
            out.add(new Dependency("acl:to", subject, root));
            if (own != null) {
                out.remove(own);
                out.add(new Dependency("obj", root, own.dependent()));
            } else if (d.relation().equals("amod")) {
                out.remove(new Dependency("obj", root, d.governor()));
                out.add(new Dependency("obj", v, d.governor()));
            }
            // what came after the finite verb is its own: "from Egypt", the full stop
            for (Dependency e : edges) {
                if (e.governor() == root && e.dependent() > v && out.remove(e)) {
                    out.add(new Dependency(e.relation(), v, e.dependent()));
                }
            }
            return out;
        }
        return edges;
    }

    private static boolean finite(String pos) {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /**
     * "Students demonstrated in Jakarta demanding his resignation", "the government issued a statement condemning
     * the attack": the parser may hang the participle on a thing as a reduced relative, but neither a place nor a
     * statement demands or condemns. A participle on a named place where a verb's act happened, or on a statement
     * ({@code @STATEMENTS}) that a verb of {@code @ISSUING} says its subject issued and no one else owns, belongs to
     * that verb, as its adverbial clause, and its doer is the verb's subject.
     */
    private static List<Dependency> idleParticiple(List<Dependency> edges, Sentence sentence, String[] lemmas,
                                                   Cues cues) {
        List<Dependency> out = null;
        for (Dependency d : edges) {
            if (!d.relation().equals("acl") || d.governor() < 0
                    || !"VBG".equals(sentence.tokens().get(d.dependent()).pos())) {
                continue;
            }
            boolean place = "LOCATION".equals(sentence.tokens().get(d.governor()).ner());
            boolean statement = cues.statements().contains(lemmas[d.governor()]);
            if (!place && !statement) {
                continue;
            }
            int verb = -1;
            boolean owned = false;
            for (Dependency e : edges) {
                if (e.dependent() == d.governor() && e.governor() >= 0 && (place && e.relation().startsWith("obl:")
                        || statement && e.relation().equals("obj") && cues.issuing().contains(lemmas[e.governor()]))) {
                    verb = e.governor();
                }
                owned |= e.governor() == d.governor() && (e.relation().equals("nmod:poss")
                        || e.relation().equals("compound") || e.relation().equals("nmod:by"));
            }
            if (statement && owned) {
                continue;
            }
            if (verb < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            int participle = d.dependent();
            int thing = d.governor();
            out.remove(d);
            out.removeIf(e -> e.governor() == participle && e.dependent() == thing && e.relation().startsWith("nsubj"));
            out.add(new Dependency("advcl", verb, participle));
        }
        return out == null ? edges : out;
    }

    /**
     * "Qatar called on Israel to lift the blockade": the parser may read "on Israel to lift" as a for-to clause,
     * "on" its mark and Israel its subject. The edges are read as the appeal they are: Israel the verb's on-phrase,
     * the clause its complement.
     */
    private static List<Dependency> callOn(List<Dependency> edges, String[] lemmas) {
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            if (!clause.relation().startsWith("advcl") || clause.governor() < 0
                    || !onAfter(lemmas, clause.governor())) {
                continue;
            }
            int x = clause.dependent();
            int mark = -1;
            int subject = -1;
            for (Dependency d : edges) {
                if (d.governor() != x) {
                    continue;
                }
                if (d.relation().equals("mark") && (lemmas[d.dependent()].equals("on")
                        || lemmas[d.dependent()].equals("upon"))) {
                    mark = d.dependent();
                } else if (d.relation().equals("nsubj")) {
                    subject = d.dependent();
                }
            }
            if (mark < 0 || subject < mark || subject > x || mark != clause.governor() + 1) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            out.remove(clause);
            out.remove(new Dependency("mark", x, mark));
            out.remove(new Dependency("nsubj", x, subject));
            out.add(new Dependency("xcomp", clause.governor(), x));
            out.add(new Dependency("obl:" + lemmas[mark], clause.governor(), subject));
            out.add(new Dependency("case", subject, mark));
            out.add(new Dependency("nsubj:xsubj", x, subject));
        }
        return out == null ? edges : out;
    }

    /** Whether "on" or "upon" follows the verb at once, as it does in "called on Israel". */
    private static boolean onAfter(String[] lemmas, int verb) {
        return verb + 1 < lemmas.length && (lemmas[verb + 1].equals("on") || lemmas[verb + 1].equals("upon"));
    }

    /**
     * "Voiced support for Ukraine's bid to join NATO", "called for Israel to withdraw": the parser reads "for X to
     * do" after a word as a for-to clause, "for" its mark and X its subject, so that the word loses its for-phrase.
     * X is made the word's for-phrase again, and the clause hangs from X, whose act it tells (X stays its subject).
     */
    private static List<Dependency> forTo(List<Dependency> edges, String[] lemmas) {
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            String r = clause.relation();
            if (!(r.startsWith("advcl") || r.startsWith("acl")) || r.startsWith("acl:relcl") || clause.governor() < 0
                    || clause.governor() + 1 >= lemmas.length || !lemmas[clause.governor() + 1].equals("for")) {
                continue;
            }
            int head = clause.governor();
            int x = clause.dependent();
            int mark = -1;
            int to = -1;
            int subject = -1;
            for (Dependency d : edges) {
                if (d.governor() != x) {
                    continue;
                }
                if (d.relation().equals("mark") && lemmas[d.dependent()].equals("for")) {
                    mark = d.dependent();
                } else if (d.relation().equals("mark") && lemmas[d.dependent()].equals("to")) {
                    to = d.dependent();
                } else if (d.relation().equals("nsubj")) {
                    subject = d.dependent();
                }
            }
            if (mark != head + 1 || to < 0 || subject < mark || subject > to) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            boolean noun = r.startsWith("acl");
            out.remove(clause);
            out.remove(new Dependency("mark", x, mark));
            out.remove(new Dependency("nsubj", x, subject));
            out.add(new Dependency((noun ? "nmod:" : "obl:") + "for", head, subject));
            out.add(new Dependency("case", subject, mark));
            out.add(new Dependency("acl:to", subject, x));
            out.add(new Dependency("nsubj:xsubj", x, subject));
        }
        return out == null ? edges : out;
    }

    /**
     * "Syria has expressed its readiness to resume talks": the parser may make the stance noun ({@code @STANCE}) the
     * subject of a to-clause that is the verb's complement. The noun is the verb's object and the clause its open
     * complement, as the parser reads "expressed readiness to resume talks"; {@link #subjectsPurpose} then gives the
     * clause the verb's subject.
     */
    private static List<Dependency> stanceClause(List<Dependency> edges, String[] lemmas, Cues cues) {
        if (Arrays.stream(lemmas).noneMatch(cues.stance()::contains)) {
            return edges;
        }
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            if (!clause.relation().equals("ccomp") || clause.governor() < 0) {
                continue;
            }
            int verb = clause.governor();
            int infinitive = clause.dependent();
            int noun = -1;
            boolean marked = false;
            for (Dependency d : edges) {
                if (d.governor() != infinitive) {
                    continue;
                }
                if (d.relation().equals("nsubj") && cues.stance().contains(lemmas[d.dependent()])) {
                    noun = d.dependent();
                }
                marked |= d.relation().equals("mark") && lemmas[d.dependent()].equals("to");
            }
            if (noun < 0 || !marked || subjectAndObject(edges, verb)[1] >= 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            out.remove(clause);
            out.remove(new Dependency("nsubj", infinitive, noun));
            out.add(new Dependency("obj", verb, noun));
            out.add(new Dependency("xcomp", verb, infinitive));
            out.add(new Dependency("nsubj:xsubj", infinitive, noun));
        }
        return out == null ? edges : out;
    }

    /**
     * "Egypt criticised Israel's refusal to release the prisoners": the parser may hang the to-clause of a stance
     * noun ({@code @STANCE}) on the verb whose object the noun is. Where a name, not a pronoun, owns the noun, the
     * clause is the noun's: Israel refuses, and Egypt criticises the refusal. With a pronoun ("expressed its
     * readiness to resume talks") the verb's subject and the owner are one, and {@link #subjectsPurpose} reads it.
     */
    private static List<Dependency> ownedStance(List<Dependency> edges, Sentence sentence, String[] lemmas,
                                                Cues cues) {
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            if (!clause.relation().equals("xcomp") || clause.governor() < 0) {
                continue;
            }
            int object = subjectAndObject(edges, clause.governor())[1];
            if (object < 0 || !cues.stance().contains(lemmas[object])) {
                continue;
            }
            int owner = -1;
            for (Dependency d : edges) {
                if (d.governor() == object && d.relation().equals("nmod:poss")
                        && !sentence.tokens().get(d.dependent()).pos().startsWith("PRP")) {
                    owner = d.dependent();
                }
            }
            Dependency controlled = new Dependency("nsubj:xsubj", clause.dependent(), object);
            if (owner < 0 || !edges.contains(controlled)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            out.remove(clause);
            out.remove(controlled);
            out.add(new Dependency("acl", object, clause.dependent()));
        }
        return out == null ? edges : out;
    }

    /**
     * The parser gives a to-clause after an object that object as subject, right after "urged Iran to stop" but
     * not where the clause is what the verb's subject means to do. After a verb of {@code @PURPOSE} ("Kenyan troops
     * entered Somalia to fight al-Shabab") the clause's subject is moved to the verb's subject. So it is after a
     * verb of {@code @SUMMONING} and a complaint of {@code @COMPLAINT} ("France summoned the Iranian ambassador to
     * protest"), where the envoy also becomes the complaint's to-phrase: one complains to the envoy; and after an
     * object of {@code @STANCE} ("expressed its readiness to resume talks").
     */
    private static List<Dependency> subjectsPurpose(List<Dependency> edges, String[] lemmas, Cues cues) {
        List<Dependency> out = null;
        for (Dependency clause : edges) {
            if (!clause.relation().equals("xcomp") || clause.governor() < 0) {
                continue;
            }
            String verb = lemmas[clause.governor()];
            boolean summoned = cues.summoning().contains(verb) && cues.complaint().contains(lemmas[clause.dependent()]);
            int[] parties = subjectAndObject(edges, clause.governor());
            int subject = parties[0];
            int object = parties[1];
            boolean stance = object >= 0 && cues.stance().contains(lemmas[object]);
            if (!summoned && !stance && !cues.purpose().contains(verb)) {
                continue;
            }
            Dependency controlled = new Dependency("nsubj:xsubj", clause.dependent(), object);
            if (subject < 0 || object < 0 || !edges.contains(controlled)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            out.remove(controlled);
            out.add(new Dependency("nsubj:xsubj", clause.dependent(), subject));
            if (summoned) {
                out.add(new Dependency("obl:to", clause.dependent(), object));
            }
        }
        return out == null ? edges : out;
    }

    /** The verb's subject and object among the edges, -1 where it has none. */
    private static int[] subjectAndObject(List<Dependency> edges, int verb) {
        int[] parties = {-1, -1};
        for (Dependency d : edges) {
            if (d.governor() == verb && d.relation().equals("nsubj")) {
                parties[0] = d.dependent();
            } else if (d.governor() == verb && d.relation().equals("obj")) {
                parties[1] = d.dependent();
            }
        }
        return parties;
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
            // is active.
            for (Dependency d : out[head]) {
                String r = d.relation();
                if (r.startsWith("aux") || r.equals("cop") || r.equals("obj") || r.equals("ccomp")) {
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
