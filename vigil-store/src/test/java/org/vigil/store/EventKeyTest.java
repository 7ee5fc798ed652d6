package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventKeyTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final long KNOWN = 6382549916028469373L;

    @Test
    void theKeyIsTheSameOnEveryRunAndMachine() {
        // Pinned: a change here re-keys every stored event, which breaks merging with what is already stored.
        assertThat(EventKey.of(DAY, "USAGOV", "RUSGOV", "111", "story-1")).isEqualTo(KNOWN);
    }

    @Test
    void everyPartOfTheIdentityChangesTheKey() {
        Set<Long> keys = Set.of(
                EventKey.of(DAY, "USAGOV", "RUSGOV", "111", "s"),
                EventKey.of(DAY.plusDays(1), "USAGOV", "RUSGOV", "111", "s"),
                EventKey.of(DAY, "USAMIL", "RUSGOV", "111", "s"),
                EventKey.of(DAY, "USAGOV", "RUSMIL", "111", "s"),
                EventKey.of(DAY, "USAGOV", "RUSGOV", "112", "s"),
                EventKey.of(DAY, "USAGOV", "RUSGOV", "111", "t"),
                EventKey.of(DAY, "USAGOV", null, "111", "s"),
                EventKey.of(null, "USAGOV", "RUSGOV", "111", "s"));
        assertThat(keys).hasSize(8);
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertThat(EventKey.of(DAY, "USAGOV", "RUS", "111", "s"))
                .isNotEqualTo(EventKey.of(DAY, "USA", "GOVRUS", "111", "s"));
    }

    @Test
    void keysOrderByDayFrom1900() {
        long key = EventKey.of(DAY, "USAGOV", "RUSGOV", "111", "s");

        assertThat(key >>> 47).isEqualTo(DAY.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay());
        assertThat(EventKey.of(DAY.plusDays(1), "AAA", "AAA", "010", "a")).isGreaterThan(key);
        assertThat(EventKey.of(LocalDate.of(1850, 1, 1), "USAGOV", "RUSGOV", "111", "s") >>> 47).isZero();
        assertThat(EventKey.of(LocalDate.of(2200, 1, 1), "USAGOV", "RUSGOV", "111", "s") >>> 47).isEqualTo(65_535);
    }

    @Test
    void keysAreNeverNegative() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(EventKey.of(LocalDate.of(2079, 6, 5).minusDays(i), "A" + i, "B", "010", "s")).isNotNegative();
        }
    }
}
