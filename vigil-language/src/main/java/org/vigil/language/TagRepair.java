package org.vigil.language;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Set;

/**
 * A stage between the fast tagger and the parser that corrects part-of-speech tags sentence by sentence: the parser
 * reads the tags, so a wrong one costs a sentence its subject or its verb, while the tagger itself stays the fast
 * one. It needs tokens, sentences and tags, and adds nothing new.
 */
abstract class TagRepair implements Annotator {

    /** Corrects the tags of one sentence's tokens in place. */
    abstract void repair(List<CoreLabel> tokens);

    @Override
    public final void annotate(Annotation annotation) {
        for (var sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    @Override
    public final Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public final Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }
}
