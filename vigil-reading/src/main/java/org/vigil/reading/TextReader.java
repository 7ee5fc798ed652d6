package org.vigil.reading;

import org.vigil.model.Article;

/** A reader of a single-article input whose text is already decoded and checked. */
interface TextReader {
    /**
     * @param id     the article's id
     * @param origin the input's name, for the article and for any failure
     * @param text   the decoded text, not blank
     */
    Article read(String id, String origin, String text) throws BadInputException;
}
