package org.vigil.model;

import java.util.List;

/**
 * What the event stage needs from the actor stage: every actor mention of a document, coded with what was true
 * on the article's date.
 */
public interface ActorStage extends Stage<AnnotatedDocument, List<ActorMention>> {
}
