package org.vigil.model;

/**
 * A run of words in one sentence: {@code [start, end)} token indexes, with the token that heads the phrase.
 */
public record TokenRange(int sentence, int start, int end, int head) {
    public TokenRange {
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad token range " + sentence + ":[" + start + "," + end + ") head " + head);
        }
    }

    public boolean contains(int sentenceIndex, int token) {
        return sentence == sentenceIndex && start <= token && token < end;
    }
}
