package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.EntityMention;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.TokenRange;

/**
 * Resolves the actor mentions of one document: its sentences in text order, so that the countries named so far can
 * settle a name several share, then the references between mentions, then the mentions as actors, in text order and
 * once per phrase.
 */
final class DocumentPass {

    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final AnnotatedDocument doc;
    private final SentenceReader reader;
    private final ResolverWords words;

    DocumentPass(AnnotatedDocument doc, LocalDate date, NounPhraseFinder finder, NameMatcher matcher,
                 ActorComposer composer, ResolverWords words) {
        this.doc = doc;
        this.reader = new SentenceReader(doc, date, finder, matcher, composer, words);
        this.words = words;
    }

    List<ActorMention> run() {
        Map<Integer, List<EntityMention>> entities = new HashMap<>();
        for (EntityMention e : doc.entities()) {
            if (NAMED.contains(e.type())) {
                entities.computeIfAbsent(e.tokens().sentence(), k -> new ArrayList<>()).add(e);
            }
        }
        List<FoundMention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (FoundMention f : reader.read(new SentenceTree(s), entities.getOrDefault(s.index(), List.of()), seen)) {
                found.add(f);
                if (f.coding().country() != null) {
                    seen.add(f.coding().country());
                }
            }
        }
        new References(doc, found).resolve();
        found.sort(Comparator.comparingInt((FoundMention f) -> f.range().sentence())
                .thenComparingInt(f -> f.range().start()).thenComparingInt(f -> f.range().head())
                .thenComparingInt(f -> -f.range().end()));
        List<ActorMention> out = new ArrayList<>(found.size());
        Set<TokenRange> emitted = new HashSet<>();
        String text = doc.article().text();
        for (FoundMention f : found) {
            if (emitted.add(f.range())) {
                Span span = FoundMention.span(doc, f.range());
                out.add(new ActorMention(f.coding().actor(span.of(text), span, words), f.range(), f.coding().reason()));
            }
        }
        return out;
    }
}
