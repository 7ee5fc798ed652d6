package org.vigil.model;

import java.time.LocalDate;

/**
 * One coded event: who did what to whom, when and where, with the evidence for it.
 *
 * @param cameo         CAMEO code, 2 to 4 digits
 * @param root          CAMEO root, "01".."20"
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein     Goldstein scale value, -10..10
 * @param plover        PLOVER type and mode
 * @param source        who acts
 * @param target        who is acted upon, or null
 * @param date          the day it happened where the text says so, else the report date
 * @param dateBasis     explicit, relative or report
 * @param negated       the text says it did not happen
 * @param hypothetical  the text says it might, would or could happen
 * @param historical    background from before the report's time
 * @param attributedTo  who reports or claims it, when it is a claim
 * @param location      where it happened, or null
 * @param sentence      index of the sentence it was found in
 * @param span          where the evidence stands
 * @param evidence      the sentence text
 * @param confidence    0..1
 * @param rule          the pattern or model that produced it
 * @param locationBasis why the location was chosen: clause, sentence, focus (the article's main place) or
 *                      dateline; null while the event has no location
 */
public record Event(String cameo, String root, int quadClass, double goldstein, Plover plover, Actor source,
                    Actor target, LocalDate date, String dateBasis, boolean negated, boolean hypothetical,
                    boolean historical, Actor attributedTo, Place location, int sentence, Span span,
                    String evidence, double confidence, String rule, String locationBasis) {
    /** An event before the places stage has located it. */
    public Event(String cameo, String root, int quadClass, double goldstein, Plover plover, Actor source,
                 Actor target, LocalDate date, String dateBasis, boolean negated, boolean hypothetical,
                 boolean historical, Actor attributedTo, Place location, int sentence, Span span, String evidence,
                 double confidence, String rule) {
        this(cameo, root, quadClass, goldstein, plover, source, target, date, dateBasis, negated, hypothetical,
                historical, attributedTo, location, sentence, span, evidence, confidence, rule, null);
    }

    /** The same event, placed. */
    public Event locatedAt(Place place, String basis) {
        return new Event(cameo, root, quadClass, goldstein, plover, source, target, date, dateBasis, negated,
                hypothetical, historical, attributedTo, place, sentence, span, evidence, confidence, rule, basis);
    }
}
