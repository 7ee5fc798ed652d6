package org.vigil.model;

/** A date in the coded record: the words, the ISO value as precise as the text allows, and where it stands. */
public record DateMention(String text, String value, Span span) {
}
