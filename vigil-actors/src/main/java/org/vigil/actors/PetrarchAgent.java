package org.vigil.actors;

/**
 * One phrase of a PETRARCH/TABARI agent dictionary, with its plural and substitution forms already spelled out.
 *
 * @param phrase the words as written in the dictionary ("FOREIGN_MINISTERS")
 * @param code   the agent code without its "~" ("GOVFRM", "NGO")
 * @param where  file and line, for reasons
 */
public record PetrarchAgent(String phrase, String code, String where) {
}
