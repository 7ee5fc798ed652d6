package org.vigil.model;

import java.util.Set;

/**
 * One step of the pipeline: it reads the layers it {@link #requires()} and adds the ones it {@link #provides()}.
 *
 * @param <I> what it takes
 * @param <O> what it gives
 */
public interface Stage<I, O> {
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    O apply(I input);
}
