package org.vigil.events.casualty;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.vigil.model.Token;

/**
 * How many a number token stands for: CoreNLP's normalised NUMBER value where it gives one, else the word table.
 * An amount the text names without giving ("an unspecified number") is known to be unknown, which is different
 * from a token that is no amount at all.
 */
final class Amounts {

    /** A count read from the text; {@code known} is false for "a number of", "a group of". */
    record Amount(long value, boolean known) {
        static final Amount UNKNOWN = new Amount(0, false);
    }

    private final NumberWords words;

    Amounts(NumberWords words) {
        this.words = words;
    }

    /**
     * The amount one token stands for, empty when it is no number word. CoreNLP's value wins over the table, since
     * it reads multi-word numbers whole ("twenty-one" is 21 on both tokens); the plural of a round number
     * ("dozens") is the exception, as CoreNLP gives it no value or the singular's.
     */
    Optional<Amount> of(Token token) {
        Optional<NumberWords.Entry> entry = words.lookup(token.text(), token.lemma());
        if (entry.isPresent() && entry.get().type() == NumberWords.Type.UNKNOWN) {
            return Optional.of(Amount.UNKNOWN);
        }
        if (entry.isPresent() && entry.get().type() == NumberWords.Type.UNIT && token.pos().equals("NNS")) {
            return Optional.of(new Amount(2 * entry.get().value(), true));
        }
        OptionalLong normalized = "NUMBER".equals(token.ner()) ? parse(token.normalized()) : OptionalLong.empty();
        if (normalized.isPresent()) {
            return Optional.of(new Amount(normalized.getAsLong(), true));
        }
        if (entry.isPresent()) {
            return Optional.of(new Amount(entry.get().value(), true));
        }
        normalized = token.pos().equals("CD") ? parse(token.text().replace(",", "")) : OptionalLong.empty();
        return normalized.isPresent() ? Optional.of(new Amount(normalized.getAsLong(), true)) : Optional.empty();
    }

    /**
     * The amount a run of quantity words stands for, outermost first: "tens of thousands" is two tens of one
     * thousand each, 20000; only the first word's plural doubles.
     */
    Optional<Amount> chain(List<Token> tokens) {
        Optional<Amount> first = tokens.isEmpty() ? Optional.empty() : of(tokens.get(0));
        if (first.isEmpty() || !first.get().known()) {
            return first;
        }
        long value = first.get().value();
        for (Token t : tokens.subList(1, tokens.size())) {
            Optional<NumberWords.Entry> unit = words.lookup(t.text(), t.lemma())
                    .filter(e -> e.type() == NumberWords.Type.UNIT);
            if (unit.isEmpty()) {
                break;
            }
            value = Math.multiplyExact(value, unit.get().value());
        }
        return Optional.of(new Amount(value, true));
    }

    /** CoreNLP writes bounds into the value (">=20.0", ">100.0", "~300.0"); the figure is what counts. */
    private static OptionalLong parse(String value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        String digits = value.replaceFirst("^[<>=~]+", "");
        try {
            double d = Double.parseDouble(digits);
            return d >= 1 && d < Long.MAX_VALUE && d == Math.rint(d) ? OptionalLong.of((long) d) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
