package org.vigil.events.caseeval;

import java.util.Objects;

/**
 * One labelled snippet of the CASE 2021 task 2 test set.
 *
 * @param id    the set's identifier
 * @param text  the snippet, one to three sentences of news
 * @param label its gold event type, a label of {@code labels.tsv}
 */
public record CaseSnippet(String id, String text, String label) {
    public CaseSnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
