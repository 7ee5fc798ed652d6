package org.vigil.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * Repairs to the parser's graph where it misreads a shape that news writing uses often. Each repair takes the edges
 * and returns them, changed only where its shape is found; the coder reads the repaired graph as it reads any other.
 */
final class ParseRepairs {
    private ParseRepairs() {
    }

    /** The sentence's edges with every repair made, in an order where each sees the shapes the ones before it made. */
    static List<Dependency> repair(Sentence sentence, String[] lemmas, Cues cues) {
        List<Dependency> edges = parenthesisedName(sentence.dependencies(), sentence);
        edges = backOblique(articleHead(edges, sentence), lemmas);
        edges = backedRoot(infinitiveRoot(edges, sentence), sentence);
        edges = trailingRemark(callOn(gerundPhrase(edges, sentence, lemmas), lemmas), sentence, lemmas, cues);
        edges = ownedStance(stanceClause(forTo(edges, lemmas), lemmas, cues), sentence, lemmas, cues);
        edges = nounTakenForVerb(pronounClause(edges, sentence), sentence);
        return trailingGerund(idleParticiple(subjectsPurpose(edges, lemmas, cues), sentence, lemmas, cues), sentence);
    }

    /**
     * "planted by Kurdistan Workers Party (PKK) militants", "clashed with Allied Democratic Forces (ADF) rebels": a
     * name with its acronym in parentheses before a common noun names that noun's kind, but the parser may end the
     * phrase at the name and hang the noun elsewhere: loose, as an apposition of an earlier noun (with the
     * participle whose by-phrase it ends as its adjective), or as the sentence's root with the finite verb after it
     * as its clause ("... (PKK) militants, killed/acl two soldiers"). The noun is the phrase's head and the name its
     * compound; the noun takes the name's place in the sentence. A verb made the noun's clause becomes the
     * predicate, with the noun's subject; a participle made its adjective hangs on the noun the apposition was of.
     */
    private static List<Dependency> parenthesisedName(List<Dependency> edges, Sentence sentence) {
        var tokens = sentence.tokens();
        List<Dependency> out = null;
        for (int close = 2; close + 1 < tokens.size(); close++) {
            if (!")".equals(tokens.get(close).text())) {
                continue;
            }
            int noun = close + 1;
            int open = close - 1;
            while (open > 0 && close - open <= 4 && !"(".equals(tokens.get(open).text())) {
                open--;
            }
            int name = open - 1;
            if (!"(".equals(tokens.get(open).text()) || name < 0 || !tokens.get(name).pos().startsWith("NNP")
                    || !tokens.get(noun).pos().matches("NNS?")) {
                continue;
            }
            List<Dependency> from = out == null ? edges : out;
            final int n = noun;
            final int f = name;
            if (from.stream().anyMatch(e -> e.governor() == n && e.dependent() == f)
                    && from.stream().noneMatch(e -> e.governor() == Dependency.ROOT && e.dependent() == n)) {
                continue;
            }
            // a verb the parser made the noun's clause, where the noun is the root
            int verb = -1;
            boolean rooted = from.contains(new Dependency("root", Dependency.ROOT, noun));
            for (Dependency e : from) {
                if (rooted && e.governor() == noun && e.dependent() > noun && (e.relation().equals("acl")
                        || e.relation().equals("dep")) && finite(tokens.get(e.dependent()).pos())) {
                    verb = e.dependent();
                    break;
                }
            }
            boolean placed = from.stream().anyMatch(e -> e.dependent() == f && e.governor() != Dependency.ROOT
                    && (e.governor() == n || e.governor() < f || e.governor() > n));
            // a noun the parser placed as a clause's argument or a noun's modifier stays where it is
            boolean loose = from.stream().filter(e -> e.dependent() == n).allMatch(e -> e.governor() == f
                    || e.relation().equals("dep") || e.relation().equals("appos") || e.relation().equals("root"));
            if (rooted && verb < 0 || !placed || !loose) {
                continue;
            }
            Dependency apposition = null;
            for (Dependency e : from) {
                if (e.dependent() == noun && e.relation().equals("appos") && e.governor() < name) {
                    apposition = e;
                }
            }
            List<Dependency> into = new ArrayList<>();
            for (Dependency e : from) {
                int g = e.governor();
                int d = e.dependent();
                if (d == noun) {
                    continue;
                } else if (d == name && g == noun) {
                    into.add(new Dependency(e.relation(), verb, noun));
                } else if (d == name && (g < open || g > close)) {
                    into.add(new Dependency(e.relation(), g, noun));
                } else if (g == name && (e.relation().equals("det") || e.relation().equals("case"))) {
                    into.add(new Dependency(e.relation(), noun, d));
                } else if (g == noun && d == verb) {
                    into.add(new Dependency("root", Dependency.ROOT, verb));
                } else if (g == noun && verb >= 0 && (d > noun || e.relation().startsWith("nsubj"))) {
                    into.add(new Dependency(e.relation(), verb, d));
                } else if (g == noun && apposition != null && d < name && e.relation().equals("amod")
                        && tokens.get(d).pos().equals("VBN")) {
                    into.add(new Dependency("acl", apposition.governor(), d));
                } else {
                    into.add(e);
                }
            }
            into.add(new Dependency("compound", noun, name));
            // "the round of North American Free Trade Agreement (NAFTA) negotiations": no phrase its own head
            boolean cycle = false;
            for (Dependency e : into) {
                cycle |= e.dependent() == noun && e.governor() >= 0 && below(into, e.governor(), noun);
            }
            if (!cycle) {
                out = into;
            }
        }
        return out == null ? edges : out;
    }

    /** Whether the token hangs, through any chain of governors, from the head (or is the head). */
    private static boolean below(List<Dependency> edges, int token, int head) {
        int at = token;
        for (int hops = 0; hops < edges.size() && at >= 0; hops++) {
            if (at == head) {
                return true;
            }
            int up = Dependency.ROOT;
            for (Dependency e : edges) {
                if (e.dependent() == at) {
                    up = e.governor();
                    break;
                }
            }
            at = up;
        }
        return false;
    }

    /**
     * "Police have used a water cannon and tear gas against crowds": the parser may make the article the verb's
     * object (or the head of any phrase) and hang the nouns after it loose on it ("dep"). An article heads nothing;
     * the first noun after it is the phrase's head, with the article its determiner, what hung on the article hangs
     * on that noun, and a noun conjoined with it takes the article's relation too, as the enhanced graph gives a
     * conjunct its head's relation.
     */
    private static List<Dependency> articleHead(List<Dependency> edges, Sentence sentence) {
        List<Dependency> out = null;
        for (int article = 0; article < sentence.tokens().size(); article++) {
            if (!"DT".equals(sentence.tokens().get(article).pos())) {
                continue;
            }
            int noun = -1;
            for (Dependency d : edges) {
                int n = d.dependent();
                if (d.governor() == article && d.relation().equals("dep") && n > article
                        && sentence.tokens().get(n).pos().startsWith("NN") && (noun < 0 || n < noun)) {
                    noun = n;
                }
            }
            if (noun < 0) {
                continue;
            }
            List<Dependency> from = out == null ? edges : out;
            List<Dependency> into = new ArrayList<>();
            List<Dependency> incoming = new ArrayList<>();
            for (Dependency e : from) {
                if (e.dependent() == article) {
                    incoming.add(e);
                }
            }
            final int head = noun;
            if (incoming.isEmpty() || incoming.stream().anyMatch(e -> below(from, e.governor(), head))) {
                continue;
            }
            for (Dependency e : from) {
                if (e.dependent() == article) {
                    into.add(new Dependency(e.relation(), e.governor(), noun));
                } else if (e.governor() == article && e.dependent() == noun) {
                    into.add(new Dependency("det", noun, article));
                } else if (e.governor() == article && e.relation().equals("dep")
                        && (from.contains(new Dependency("conj:and", noun, e.dependent()))
                        || from.contains(new Dependency("conj:or", noun, e.dependent())))) {
                    for (Dependency in : incoming) {
                        into.add(new Dependency(in.relation(), in.governor(), e.dependent()));
                    }
                } else if (e.governor() == article) {
                    into.add(new Dependency(e.relation(), noun, e.dependent()));
                } else {
                    into.add(e);
                }
            }
            out = into;
        }
        return out == null ? edges : out;
    }

    /**
     * "handed control of the camp back to Iraqi forces", "pushed the rebels back from the border": the parser may
     * hang the phrase after "back" or "away" on that adverb rather than on the verb it modifies. The adverb tells the
     * verb's direction; the phrase is the verb's, as it is in "handed control back to the army" read whole.
     */
    private static List<Dependency> backOblique(List<Dependency> edges, String[] lemmas) {
        List<Dependency> out = null;
        for (Dependency adverb : edges) {
            int a = adverb.dependent();
            if (!adverb.relation().equals("advmod") || adverb.governor() < 0
                    || !(lemmas[a].equals("back") || lemmas[a].equals("away"))) {
                continue;
            }
            for (Dependency d : edges) {
                if (d.governor() == a && d.relation().startsWith("obl:")) {
                    if (out == null) {
                        out = new ArrayList<>(edges);
                    }
                    out.remove(d);
                    out.add(new Dependency(d.relation(), adverb.governor(), d.dependent()));
                }
            }
        }
        return out == null ? edges : out;
    }

    /**
     * "A US drone strike killed three militants": the tagger may take a noun before a noun for a bare verb, and the
     * parser make it the root with the words before it as its subject and the real clause as its complement. A bare
     * verb with no auxiliary or "to" has no subject in a statement; it modifies the noun after it, which is the
     * subject of the finite verb, and the words before it modify that noun too.
     */
    private static List<Dependency> nounTakenForVerb(List<Dependency> edges, Sentence sentence) {
        int root = root(edges);
        if (root < 0 || !"VB".equals(sentence.tokens().get(root).pos()) || root + 1 >= sentence.tokens().size()
                || edges.stream().anyMatch(e -> e.governor() == root && (e.base().equals("aux")
                || e.base().equals("mark")))) {
            return edges;
        }
        int noun = root + 1;
        int subject = subjectBefore(edges, root);
        for (Dependency clause : edges) {
            int verb = clause.dependent();
            if (clause.governor() != root || subject < 0 || !finite(sentence.tokens().get(verb).pos())
                    || !edges.contains(new Dependency("nsubj", verb, noun))
                    || !sentence.tokens().get(noun).pos().startsWith("NN")) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency e : edges) {
                if (e == clause) {
                    continue;
                }
                if (e.governor() == Dependency.ROOT) {
                    out.add(new Dependency("root", Dependency.ROOT, verb));
                } else if (e.governor() == root && e.dependent() == subject) {
                    out.add(new Dependency("compound", noun, subject));
                } else if (e.governor() == subject && e.base().equals("det")) {
                    out.add(new Dependency(e.relation(), noun, e.dependent()));
                } else if (e.governor() == root) {
                    out.add(new Dependency(e.relation(), e.dependent() < root ? noun : verb, e.dependent()));
                } else {
                    out.add(e);
                }
            }
            out.add(new Dependency("compound", noun, root));
            return out;
        }
        return edges;
    }

    /**
     * "Morocco warned it would downgrade ties": with no "that", the parser may take the pronoun for the object of
     * the verb of saying and that verb for the subject clause of the modal verb after it. The pronoun is the
     * subject of the clause that follows it, and that clause the complement of the verb of saying.
     */
    private static List<Dependency> pronounClause(List<Dependency> edges, Sentence sentence) {
        int root = root(edges);
        for (Dependency said : edges) {
            int verb = said.dependent();
            if (said.governor() != root || !said.relation().equals("csubj") || verb > root) {
                continue;
            }
            for (Dependency object : edges) {
                int pronoun = object.dependent();
                boolean modalNext = edges.contains(new Dependency("aux", root, pronoun + 1))
                        && "MD".equals(sentence.tokens().get(pronoun + 1).pos());
                if (object.governor() != verb || !object.relation().equals("obj") || !modalNext
                        || !"PRP".equals(sentence.tokens().get(pronoun).pos())) {
                    continue;
                }
                List<Dependency> out = new ArrayList<>(edges.size());
                for (Dependency e : edges) {
                    if (e == said || e == object) {
                        continue;
                    }
                    if (e.governor() == Dependency.ROOT) {
                        out.add(new Dependency("root", Dependency.ROOT, verb));
                    } else if (e.governor() == root && e.dependent() < verb) {
                        out.add(new Dependency(e.relation(), verb, e.dependent()));
                    } else {
                        out.add(e);
                    }
                }
                out.add(new Dependency("ccomp", verb, root));
                out.add(new Dependency("nsubj", root, pronoun));
                return out;
            }
        }
        return edges;
    }

    /**
     * "were killed in Israeli shelling", "in Israeli tank shelling": the parser may take the noun in -ing for an
     * adjective of the word before it. An adjective stands before its noun, so one right after it, in -ing and with
     * no object of its own, is the phrase's head, and the word before it its modifier.
     */
    private static boolean endsWithIng(String word) {
        return word.length() > 3 && word.regionMatches(true, word.length() - 3, "ing", 0, 3);
    }

    private static List<Dependency> trailingGerund(List<Dependency> edges, Sentence sentence) {
        for (Dependency d : edges) {
            int noun = d.dependent();
            int word = d.governor();
            if (!d.relation().equals("amod") || noun != word + 1
                    || !endsWithIng(sentence.tokens().get(noun).text())
                    || edges.stream().anyMatch(e -> e.governor() == noun && (e.base().equals("obj")
                    || e.base().startsWith("nsubj")))) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(edges.size());
            for (Dependency e : edges) {
                if (e == d) {
                    out.add(new Dependency("amod", noun, word));
                } else {
                    out.add(new Dependency(e.relation(), e.governor() == word ? noun : e.governor(),
                            e.dependent() == word ? noun : e.dependent()));
                }
            }
            return out;
        }
        return edges;
    }

    /**
     * "Rebels backed by Rwanda seized the town", "troops backed by gunships attacked Taliban hideouts": the parser
     * may take the participle for the predicate, with the finite verb after its by-phrase a loose dependent or an
     * adjective of the participle's object. The finite verb is the predicate, the participle a reduced relative on
     * its subject.
     */
    private static List<Dependency> backedRoot(List<Dependency> edges, Sentence sentence) {
        int root = root(edges);
        if (root < 0 || !"VBN".equals(sentence.tokens().get(root).pos())) {
            return edges;
        }
        int subject = subjectBefore(edges, root);
        if (subject < 0) {
            return edges;
        }
        for (Dependency d : edges) {
            int v = d.dependent();
            boolean loose = d.governor() == root && d.relation().equals("dep");
            boolean adjective = d.relation().equals("amod") && d.governor() > v
                    && edges.contains(new Dependency("obj", root, d.governor()));
            if (v <= root || !finite(sentence.tokens().get(v).pos()) || !loose && !adjective) {
                continue;
            }
            // the by-phrase between them, which the parser may give either verb
            Dependency agent = null;
            for (Dependency e : edges) {
                if (e.relation().equals("obl:by") && (e.governor() == root || e.governor() == v)
                        && e.dependent() > root && e.dependent() < v) {
                    agent = e;
                }
            }
            if (agent == null) {
                continue;
            }
            List<Dependency> out = promoted(edges, d, root, subject, v);
            out.add(new Dependency("acl", subject, root));
            out.remove(agent);
            out.add(new Dependency("obl:by", root, agent.dependent()));
            rehang(edges, out, root, v);
            return out;
        }
        return edges;
    }

    /**
     * "After meeting Pakistani leaders in Islamabad, the envoy flew to Kabul", "Before visiting China, Putin met
     * Modi": the parser may read the gerund after a preposition as an adjective of its object, or as a loose
     * dependent of the preposition. The gerund is the prepositional phrase's head, with that noun its object, as the
     * parser reads "after attacking the convoy".
     */
    private static List<Dependency> gerundPhrase(List<Dependency> edges, Sentence sentence, String[] lemmas) {
        List<Dependency> out = null;
        for (Dependency d : edges) {
            int gerund = d.dependent();
            int preposition = gerund - 1;
            if (d.governor() < 0 || preposition < 0 || !"VBG".equals(sentence.tokens().get(gerund).pos())
                    || !"IN".equals(sentence.tokens().get(preposition).pos())) {
                continue;
            }
            boolean adjective = d.relation().equals("amod")
                    && edges.contains(new Dependency("case", d.governor(), preposition));
            boolean loose = d.relation().equals("dep") && d.governor() == preposition;
            Dependency phrase = null;
            for (Dependency e : edges) {
                if (adjective && e.dependent() == d.governor() && e.relation().startsWith("obl") && e.governor() >= 0
                        || loose && e.dependent() == preposition && e.relation().equals("advmod")) {
                    phrase = e;
                }
            }
            if (phrase == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            out.remove(d);
            out.remove(phrase);
            out.add(new Dependency("obl:" + lemmas[preposition], phrase.governor(), gerund));
            out.add(new Dependency("case", gerund, preposition));
            if (adjective) {
                out.remove(new Dependency("case", d.governor(), preposition));
                out.add(new Dependency("obj", gerund, d.governor()));
            }
        }
        return out == null ? edges : out;
    }

    /**
     * "Chavez ordered the expulsion of the US ambassador, accusing Washington of plotting a coup": the parser may hang
     * a participle clause that ends the sentence after a comma on the nearest noun, but a remark there
     * ({@code @REMARKS}) tells what the subject of the clause before it said. It is made that clause's adverbial
     * clause, unless another comma closes it as an aside on the noun, or it has no complement to be a clause of its
     * own.
     */
    private static List<Dependency> trailingRemark(List<Dependency> edges, Sentence sentence, String[] lemmas,
                                                   Cues cues) {
        List<Dependency> out = null;
        for (Dependency d : edges) {
            int participle = d.dependent();
            if (!d.relation().equals("acl") || d.governor() < 0 || participle == 0
                    || !"VBG".equals(sentence.tokens().get(participle).pos())
                    || !cues.remarks().contains(lemmas[participle])
                    || !",".equals(sentence.tokens().get(participle - 1).text())
                    || commaAfter(sentence, participle) || !complemented(edges, participle)) {
                continue;
            }
            int verb = clauseOf(edges, sentence, d.governor());
            if (verb < 0 || verb > participle || subjectAndObject(edges, verb)[0] < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(edges);
            }
            toVerb(out, d, verb);
        }
        return out == null ? edges : out;
    }

    /** A participle hung on a noun as a reduced relative made the verb's adverbial clause; the noun no longer does it. */
    private static void toVerb(List<Dependency> out, Dependency relative, int verb) {
        int participle = relative.dependent();
        int noun = relative.governor();
        out.remove(relative);
        out.removeIf(e -> e.governor() == participle && e.dependent() == noun && e.relation().startsWith("nsubj"));
        out.add(new Dependency("advcl", verb, participle));
    }

    private static boolean commaAfter(Sentence sentence, int token) {
        for (int i = token + 1; i < sentence.tokens().size(); i++) {
            if (",".equals(sentence.tokens().get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean complemented(List<Dependency> edges, int verb) {
        for (Dependency d : edges) {
            if (d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("ccomp")
                    || d.relation().equals("xcomp") || d.relation().startsWith("obl"))) {
                return true;
            }
        }
        return false;
    }

    /** The verb whose object, oblique or their nouns' phrases the noun belongs to, or -1. */
    private static int clauseOf(List<Dependency> edges, Sentence sentence, int noun) {
        int at = noun;
        for (int hops = 0; hops < 4; hops++) {
            int up = -1;
            for (Dependency e : edges) {
                String r = e.relation();
                if (e.dependent() == at && e.governor() >= 0 && (r.equals("obj") || r.startsWith("obl")
                        || r.startsWith("nmod"))) {
                    up = e.governor();
                }
            }
            if (up < 0) {
                return -1;
            }
            if (sentence.tokens().get(up).pos().startsWith("VB")) {
                return up;
            }
            at = up;
        }
        return -1;
    }

    /**
     * "Israel's plan to build new settlements drew condemnation from Egypt": the parser may make the infinitive the
     * root, the plan its subject, and the finite verb after it a clause of its own ("settlements drew"), an
     * adjective of its object ("drew/amod criticism") or a clause on the infinitive's object ("taxes appealed"). No
     * sentence is an infinitive with a subject; the finite verb is the predicate, the noun before the infinitive its
     * subject, and the infinitive what that noun is a plan to do.
     */
    private static List<Dependency> infinitiveRoot(List<Dependency> edges, Sentence sentence) {
        int root = root(edges);
        if (root < 0 || !"VB".equals(sentence.tokens().get(root).pos())) {
            return edges;
        }
        int subject = subjectBefore(edges, root);
        boolean to = root > 0 && edges.contains(new Dependency("mark", root, root - 1))
                && "TO".equals(sentence.tokens().get(root - 1).pos());
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
            List<Dependency> out = promoted(edges, d, root, subject, v);
            out.add(new Dependency("acl:to", subject, root));
            if (own != null) {
                out.remove(own);
                out.add(new Dependency("obj", root, own.dependent()));
            } else if (d.relation().equals("amod")) {
                out.remove(new Dependency("obj", root, d.governor()));
                out.add(new Dependency("obj", v, d.governor()));
            }
            rehang(edges, out, root, v);
            return out;
        }
        return edges;
    }

    /** The sentence's root, or -1. */
    private static int root(List<Dependency> edges) {
        for (Dependency d : edges) {
            if (d.governor() == Dependency.ROOT) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The verb's subject where it stands before the verb, or -1. */
    private static int subjectBefore(List<Dependency> edges, int verb) {
        int subject = subjectAndObject(edges, verb)[0];
        return subject < verb ? subject : -1;
    }

    /**
     * The edges with the finite verb made the predicate in the misread root's place, with its subject; the edge
     * that hung the verb from the root's clause is dropped.
     */
    private static List<Dependency> promoted(List<Dependency> edges, Dependency hung, int root, int subject,
                                             int verb) {
        List<Dependency> out = new ArrayList<>(edges);
        out.remove(new Dependency("root", Dependency.ROOT, root));
        out.remove(hung);
        out.remove(new Dependency("nsubj", root, subject));
        out.add(new Dependency("root", Dependency.ROOT, verb));
        out.add(new Dependency("nsubj", verb, subject));
        return out;
    }

    /** What came after the promoted verb is its own ("from Egypt", the full stop), unless a repair moved it already. */
    private static void rehang(List<Dependency> edges, List<Dependency> out, int root, int verb) {
        for (Dependency e : edges) {
            if (e.governor() == root && e.dependent() > verb && out.remove(e)) {
                out.add(new Dependency(e.relation(), verb, e.dependent()));
            }
        }
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
            toVerb(out, d, verb);
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
            boolean passive = false;
            for (Dependency d : edges) {
                if (d.governor() != x) {
                    continue;
                }
                if (d.relation().equals("mark") && lemmas[d.dependent()].equals("for")) {
                    mark = d.dependent();
                } else if (d.relation().equals("mark") && lemmas[d.dependent()].equals("to")) {
                    to = d.dependent();
                } else if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    subject = d.dependent();
                    passive = d.relation().equals("nsubj:pass");
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
            out.add(new Dependency((noun ? "nmod:" : "obl:") + "for", head, subject));
            out.add(new Dependency("case", subject, mark));
            out.add(new Dependency("acl:to", subject, x));
            // "called for the curfew to be lifted": a passive clause keeps its subject as it is
            if (!passive) {
                out.remove(new Dependency("nsubj", x, subject));
                out.add(new Dependency("nsubj:xsubj", x, subject));
            }
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
}
