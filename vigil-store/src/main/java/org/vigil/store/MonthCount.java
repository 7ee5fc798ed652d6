package org.vigil.store;

import java.time.YearMonth;

/**
 * How many events of one quad class a country took part in during one month.
 *
 * @param month     the month
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param events    how many
 */
public record MonthCount(YearMonth month, int quadClass, long events) {
}
