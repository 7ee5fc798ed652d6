package org.vigil.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.ActorMention;
import org.vigil.model.ActorStage;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Layer;

/**
 * The actor stage: every actor mention of a document with its coded actor, the noun phrase that names it (its head
 * set, for the event stage to match a predicate's argument against) and the reason it was coded so.
 *
 * <p>Mentions are named entities (kept even when nothing codes them, so that no name is guessed), noun phrases headed
 * by a role word ("troops", "Kosovo's government"), owners right before a role word inside another phrase ("Serbian
 * military" in "Serbian military deployment") and pronouns of coreference chains whose actor is known. Knowledge comes
 * from an {@link ActorLexicon}; offices and dated codes are read on the article's publication date, or as currently
 * held for an undated article. Stateless once built: one resolver serves every thread.
 */
public final class ActorResolver implements ActorStage {

    private final ActorLexicon lexicon;
    private final ResolverWords words;
    private final NounPhraseFinder finder;
    private final NameMatcher matcher;
    private final ActorComposer composer;

    /** A resolver with the knowledge bundled with Vigil. */
    public ActorResolver() {
        this(KnowledgeLexicon.bundled());
    }

    /**
     * A resolver with PETRARCH/TABARI dictionaries added to Vigil's knowledge or replacing it.
     *
     * @throws java.io.UncheckedIOException when a dictionary cannot be read
     */
    public static ActorResolver withPetrarch(List<Path> actorFiles, List<Path> agentFiles, PetrarchMode mode) {
        return new ActorResolver(mode.combine(KnowledgeLexicon.bundled(), PetrarchLexicon.load(actorFiles, agentFiles)));
    }

    public ActorResolver(ActorLexicon lexicon) {
        this(lexicon, null);
    }

    private ActorResolver(ActorLexicon lexicon, PlaceStates places) {
        this.lexicon = lexicon;
        this.words = ResolverWords.bundled();
        this.finder = new NounPhraseFinder(words);
        this.matcher = new NameMatcher(lexicon, words, places);
        this.composer = new ActorComposer(words);
    }

    /** This resolver, also coding towns and regions its files lack by the state the places say they lie in. */
    public ActorResolver withPlaces(PlaceStates places) {
        return new ActorResolver(lexicon, places);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.PART_OF_SPEECH, Layer.ENTITIES,
                Layer.DEPENDENCIES, Layer.COREFERENCE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of();
    }

    @Override
    public List<ActorMention> apply(AnnotatedDocument doc) {
        doc.require(this);
        LocalDate published = doc.article().published();
        // An undated report is read as current news: offices still held, codes with no end date.
        LocalDate date = published != null ? published : LocalDate.MAX;
        return new DocumentPass(doc, date, finder, matcher, composer, words).run();
    }
}
