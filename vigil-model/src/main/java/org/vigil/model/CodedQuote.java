package org.vigil.model;

/** A quotation in the coded record, with its speaker coded as an actor. */
public record CodedQuote(String text, Span span, Actor speaker) {
}
