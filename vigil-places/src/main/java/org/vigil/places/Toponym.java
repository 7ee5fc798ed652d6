package org.vigil.places;

import java.util.List;

/**
 * One distinct place name of a document while it is being resolved: its candidates, how often the document
 * names it, and the scores and probabilities the current round of context gives them. Lives for one
 * {@link ToponymResolver#resolve} call.
 */
final class Toponym {
    final Interpretation interpretation;
    final double[] score;
    final double[] probability;
    double weight;

    Toponym(Interpretation interpretation) {
        this.interpretation = interpretation;
        int n = interpretation.candidates().size();
        score = new double[n];
        probability = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = interpretation.candidates().get(i).prior();
        }
        normalise();
    }

    List<Interpretation.Scored> candidates() {
        return interpretation.candidates();
    }

    Candidate candidate(int i) {
        return interpretation.candidates().get(i).candidate();
    }

    /** Index of the best-scoring candidate, or -1 when there is none. */
    int best() {
        int best = -1;
        for (int i = 0; i < score.length; i++) {
            if (best < 0 || score[i] > score[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Probabilities from scores, read as log-odds (softmax). */
    void normalise() {
        int best = best();
        if (best < 0) {
            return;
        }
        double sum = 0;
        for (int i = 0; i < score.length; i++) {
            probability[i] = Math.exp(score[i] - score[best]);
            sum += probability[i];
        }
        for (int i = 0; i < score.length; i++) {
            probability[i] /= sum;
        }
    }
}
