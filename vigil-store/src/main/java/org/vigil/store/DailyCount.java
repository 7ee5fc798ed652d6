package org.vigil.store;

import java.time.LocalDate;

/**
 * One day of a dyad's series.
 *
 * @param day           the day
 * @param events        how many events happened that day
 * @param meanGoldstein their mean Goldstein value, or null on a day without events
 */
public record DailyCount(LocalDate day, long events, Double meanGoldstein) {
}
