package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Half-open range of UTF-16 offsets into an article's text; written as {@code [start, end]} in JSON. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + "]");
        }
    }

    @JsonCreator
    public static Span of(int[] pair) {
        return new Span(pair[0], pair[1]);
    }

    @JsonValue
    public int[] asArray() {
        return new int[] {start, end};
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
