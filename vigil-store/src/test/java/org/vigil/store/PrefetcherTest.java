package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetcherTest {
    @Test
    void deliversEverythingInOrder() {
        List<Integer> source = IntStream.range(0, 25_001).boxed().toList();
        List<Integer> delivered = new ArrayList<>();

        new Prefetcher<>(source.iterator()).forEachRemaining(delivered::add);

        assertThat(delivered).isEqualTo(source);
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        assertThat(new Prefetcher<>(List.of().iterator()).hasNext()).isFalse();
    }

    @Test
    void theSourcesFailureReachesTheConsumer() {
        Iterator<Integer> failing = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (i == 15_000) {
                    throw new IllegalStateException("source broke");
                }
                return i++;
            }
        };
        Prefetcher<Integer> prefetcher = new Prefetcher<>(failing);

        assertThatThrownBy(() -> prefetcher.forEachRemaining(i -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("source broke");
    }
}
