package org.vigil.language;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.vigil.model.DataLines;

/**
 * Coreference for what the event coder needs: short names to full names ("Vucic" to "Aleksandar Vucic") and
 * third-person pronouns to the person they stand for ("urging him" to the person telephoned).
 *
 * <p>CoreNLP's statistical and neural coreference cost 1.0 to 1.2 s per article on two cores, more than the whole
 * rest of the pipeline, and still resolve "him" in "A telephoned B, urging him to act" to A. This annotator works in
 * CoreNLP's own pipeline and data structures ({@link CorefChain}), so the quote annotator attributes "he said" through
 * it, in two sieves in the manner of the deterministic multi-pass sieve:
 * <ol>
 *   <li>names: a later named mention of the same type whose words end an earlier one (or equal it) joins its chain;
 *   <li>pronouns: he/him/his (she/her/hers) join the most salient earlier person within three sentences: nearer
 *       sentences first, subjects before objects before the rest; an object pronoun never takes the subject of its
 *       own clause, nor, for a non-finite clause, the subject that controls it (binding principle B).
 * </ol>
 */
public final class NameAndPronounCoreference implements Annotator {
    private static final Map<String, Pronoun> PRONOUNS = loadPronouns();
    private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final int WINDOW = 3;

    private record Pronoun(Dictionaries.Gender gender, Dictionaries.Number number, String grammaticalCase) {
    }

    /** A mention being clustered; token indexes are 0-based within the sentence. */
    private static final class Node {
        final int sentence;
        final int start;
        final int end;
        final int head;
        final String text;
        final String type;
        final Pronoun pronoun;
        Cluster cluster;
        CoreMap entityMention;

        Node(int sentence, int start, int end, String text, String type, Pronoun pronoun) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.head = end - 1;
            this.text = text;
            this.type = type;
            this.pronoun = pronoun;
        }

        boolean precedes(Node other) {
            return sentence < other.sentence || (sentence == other.sentence && end <= other.start);
        }
    }

    private static final class Cluster {
        final List<Node> nodes = new ArrayList<>();
        final String type;

        Cluster(String type) {
            this.type = type;
        }

        Node representative() {
            Node best = null;
            for (Node n : nodes) {
                if (n.pronoun == null && (best == null || n.end - n.start > best.end - best.start)) {
                    best = n;
                }
            }
            return best == null ? nodes.get(0) : best;
        }
    }

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public NameAndPronounCoreference(String name, Properties properties) {
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Node> nodes = collect(annotation, sentences);
        List<Cluster> clusters = new ArrayList<>();
        for (Node n : nodes) {
            if (n.pronoun == null) {
                joinByName(n, clusters);
            }
        }
        for (Node n : nodes) {
            if (n.pronoun != null) {
                Node antecedent = antecedent(n, nodes, sentences);
                if (antecedent != null) {
                    n.cluster = antecedent.cluster;
                    n.cluster.nodes.add(n);
                }
            }
        }
        annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, chains(clusters, sentences));
        linkEntityMentions(annotation, sentences, clusters);
    }

    /**
     * As CoreNLP's own coref does: resolved pronouns become PERSON entity mentions, and every entity mention points
     * to its chain's canonical mention (the quote annotator names speakers through it).
     */
    private static void linkEntityMentions(Annotation annotation, List<CoreMap> sentences, List<Cluster> clusters) {
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            mentions = new ArrayList<>();
            annotation.set(CoreAnnotations.MentionsAnnotation.class, mentions);
        }
        for (Cluster c : clusters) {
            for (Node n : c.nodes) {
                if (n.entityMention == null) {
                    n.entityMention = pronounMention(sentences.get(n.sentence), n);
                    mentions.add(n.entityMention);
                }
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            mentions.get(i).set(CoreAnnotations.EntityMentionIndexAnnotation.class, i);
            mentions.get(i).set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, i);
        }
        for (Cluster c : clusters) {
            int canonical = c.representative().entityMention.get(CoreAnnotations.EntityMentionIndexAnnotation.class);
            for (Node n : c.nodes) {
                n.entityMention.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, canonical);
            }
        }
    }

    private static CoreMap pronounMention(CoreMap sentence, Node n) {
        CoreLabel token = sentence.get(CoreAnnotations.TokensAnnotation.class).get(n.start);
        int offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        m.set(CoreAnnotations.TextAnnotation.class, token.word());
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, token.beginPosition());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, token.endPosition());
        m.set(CoreAnnotations.TokenBeginAnnotation.class, offset + n.start);
        m.set(CoreAnnotations.TokenEndAnnotation.class, offset + n.end);
        m.set(CoreAnnotations.TokensAnnotation.class, List.of(token));
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, n.sentence);
        m.set(CoreAnnotations.NamedEntityTagAnnotation.class, "PERSON");
        m.set(CoreAnnotations.EntityTypeAnnotation.class, "PERSON");
        return m;
    }

    private static List<Node> collect(Annotation annotation, List<CoreMap> sentences) {
        List<Node> nodes = new ArrayList<>();
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                List<CoreLabel> words = m.get(CoreAnnotations.TokensAnnotation.class);
                boolean pronoun = words != null && words.size() == 1 && words.get(0).tag().startsWith("PRP");
                if (!NAMED_TYPES.contains(type) || pronoun) {
                    continue;
                }
                int s = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
                int offset = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
                Node n = new Node(s, m.get(CoreAnnotations.TokenBeginAnnotation.class) - offset,
                        m.get(CoreAnnotations.TokenEndAnnotation.class) - offset,
                        m.get(CoreAnnotations.TextAnnotation.class), type, null);
                n.entityMention = m;
                nodes.add(n);
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                Pronoun p = PRONOUNS.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
                if (p != null && tokens.get(i).tag().startsWith("PRP")) {
                    nodes.add(new Node(s, i, i + 1, tokens.get(i).word(), "PERSON", p));
                }
            }
        }
        nodes.sort((a, b) -> a.sentence != b.sentence ? Integer.compare(a.sentence, b.sentence)
                : Integer.compare(a.start, b.start));
        return nodes;
    }

    private static void joinByName(Node n, List<Cluster> clusters) {
        List<String> words = words(n.text);
        for (Cluster c : clusters) {
            if (!c.type.equals(n.type)) {
                continue;
            }
            for (Node earlier : c.nodes) {
                List<String> full = words(earlier.text);
                boolean same = full.equals(words);
                boolean shortName = "PERSON".equals(n.type) && words.size() < full.size()
                        && full.subList(full.size() - words.size(), full.size()).equals(words);
                if (same || shortName) {
                    n.cluster = c;
                    c.nodes.add(n);
                    return;
                }
            }
        }
        Cluster c = new Cluster(n.type);
        c.nodes.add(n);
        n.cluster = c;
        clusters.add(c);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s]+")) {
            if (!w.isEmpty() && !w.equals("'s") && !w.equals("’s")) {
                words.add(w);
            }
        }
        return words;
    }

    private static Node antecedent(Node pronoun, List<Node> nodes, List<CoreMap> sentences) {
        SemanticGraph graph = graph(sentences.get(pronoun.sentence));
        Set<Integer> bound = boundSubjects(pronoun, graph);
        Node best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Node n : nodes) {
            if (n.pronoun != null || !"PERSON".equals(n.type) || !n.precedes(pronoun)) {
                continue;
            }
            int distance = pronoun.sentence - n.sentence;
            if (distance > WINDOW) {
                continue;
            }
            if (boundCluster(n.cluster, pronoun.sentence, bound)) {
                continue;
            }
            int score = (100 >> distance) + role(n, graph(sentences.get(n.sentence)));
            if (score >= bestScore) {
                best = n;
                bestScore = score;
            }
        }
        return best;
    }

    /** True when a mention of the cluster is one of the subjects the pronoun may not take. */
    private static boolean boundCluster(Cluster cluster, int sentence, Set<Integer> boundHeads) {
        for (Node m : cluster.nodes) {
            if (m.sentence == sentence && boundHeads.contains(m.head)) {
                return true;
            }
        }
        return false;
    }

    /** Subjects an object pronoun may not refer to: its own clause's and, for a non-finite clause, its controller's. */
    private static Set<Integer> boundSubjects(Node pronoun, SemanticGraph graph) {
        Set<Integer> bound = new HashSet<>();
        if (graph == null || "possessive".equals(pronoun.pronoun.grammaticalCase())
                || "subject".equals(pronoun.pronoun.grammaticalCase())) {
            return bound;
        }
        IndexedWord word = graph.getNodeByIndexSafe(pronoun.head + 1);
        if (word == null) {
            return bound;
        }
        for (IndexedWord verb : graph.getParents(word)) {
            IndexedWord clause = verb;
            for (int hops = 0; clause != null && hops < 3; hops++) {
                boolean hasSubject = false;
                for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause)) {
                    if (e.getRelation().toString().startsWith("nsubj")) {
                        bound.add(e.getDependent().index() - 1);
                        hasSubject = true;
                    }
                }
                String tag = clause.tag() == null ? "" : clause.tag();
                boolean nonFinite = tag.equals("VBG") || tag.equals("VB") || tag.equals("VBN");
                if (hasSubject || !nonFinite) {
                    break;
                }
                clause = controller(graph, clause);
            }
        }
        return bound;
    }

    private static IndexedWord controller(SemanticGraph graph, IndexedWord clause) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            // The parser often attaches a trailing participle ("..., urging him") as plain dep.
            if (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj") || rel.equals("dep")) {
                return e.getGovernor();
            }
        }
        return null;
    }

    private static int role(Node n, SemanticGraph graph) {
        if (graph == null) {
            return 30;
        }
        IndexedWord word = graph.getNodeByIndexSafe(n.head + 1);
        if (word == null) {
            return 30;
        }
        int best = 30;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj")) {
                best = Math.max(best, 80);
            } else if (rel.equals("obj") || rel.equals("iobj")) {
                best = Math.max(best, 50);
            }
        }
        return best;
    }

    private static SemanticGraph graph(CoreMap sentence) {
        return sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    private static Map<Integer, CorefChain> chains(List<Cluster> clusters, List<CoreMap> sentences) {
        Map<Integer, CorefChain> chains = new HashMap<>();
        int clusterId = 0;
        int mentionId = 0;
        for (Cluster c : clusters) {
            clusterId++;
            if (c.nodes.size() < 2) {
                continue;
            }
            Map<IntPair, Set<CorefChain.CorefMention>> byPosition = new HashMap<>();
            CorefChain.CorefMention representative = null;
            Node rep = c.representative();
            for (Node n : c.nodes) {
                mentionId++;
                Dictionaries.MentionType kind = n.pronoun != null ? Dictionaries.MentionType.PRONOMINAL
                        : Dictionaries.MentionType.PROPER;
                Dictionaries.Gender gender = n.pronoun != null ? n.pronoun.gender() : Dictionaries.Gender.UNKNOWN;
                Dictionaries.Number number = n.pronoun != null ? n.pronoun.number() : Dictionaries.Number.SINGULAR;
                Dictionaries.Animacy animacy = "PERSON".equals(c.type) ? Dictionaries.Animacy.ANIMATE
                        : Dictionaries.Animacy.INANIMATE;
                CorefChain.CorefMention m = new CorefChain.CorefMention(kind, number, gender, animacy, n.start + 1,
                        n.end + 1, n.head + 1, clusterId, mentionId, n.sentence + 1,
                        new IntTuple(new int[] {n.sentence + 1, n.head + 1}), n.text);
                byPosition.computeIfAbsent(new IntPair(n.sentence + 1, n.head + 1), k -> new HashSet<>()).add(m);
                if (n == rep) {
                    representative = m;
                }
            }
            chains.put(clusterId, new CorefChain(clusterId, byPosition, representative));
        }
        return chains;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class,
                CoreAnnotations.MentionsAnnotation.class,
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CorefCoreAnnotations.CorefChainAnnotation.class,
                CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
    }

    private static Map<String, Pronoun> loadPronouns() {
        Map<String, Pronoun> pronouns = new HashMap<>();
        for (String line : DataLines.of(NameAndPronounCoreference.class, "pronouns.tsv")) {
            String[] f = line.split("\t");
            if (!f[0].equals("word")) {
                pronouns.put(f[0], new Pronoun(Dictionaries.Gender.valueOf(f[1]), Dictionaries.Number.valueOf(f[2]),
                        f[3]));
            }
        }
        return Map.copyOf(pronouns);
    }
}
