package org.vigil.places;

import java.util.Arrays;
import java.util.List;

/**
 * Toponym-resolution scores as Gritta et al. report them: accuracy within 161 km (100 miles), median and mean
 * error, and the area under the curve of the sorted, log-scaled errors (0 best, 1 worst). An unresolved
 * toponym counts as the largest possible error, half the Earth's circumference.
 *
 * @param count       toponyms scored
 * @param unresolved  of them, left unresolved
 * @param accuracy161 share within 161 km of the gold point
 * @param exactId     share of the toponyms with a gold GeoNames id that got that id
 * @param withGoldId  toponyms with a gold GeoNames id
 * @param medianKm    median error
 * @param meanKm      mean error
 * @param auc         area under the log-error curve
 */
public record GeoScores(int count, int unresolved, double accuracy161, double exactId, int withGoldId,
                        double medianKm, double meanKm, double auc) {
    public static final double MAX_ERROR_KM = Math.PI * GeoDistance.EARTH_RADIUS_KM;

    static GeoScores of(List<Double> errorsKm, int unresolved, int idMatches, int withGoldId) {
        double[] errors = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = errors.length;
        if (n == 0) {
            return new GeoScores(0, 0, 0, 0, 0, 0, 0, 0);
        }
        double within = Arrays.stream(errors).filter(e -> e <= 161).count();
        double median = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
        return new GeoScores(n, unresolved, within / n, withGoldId == 0 ? 0 : (double) idMatches / withGoldId,
                withGoldId, median, Arrays.stream(errors).average().orElse(0), auc(errors));
    }

    /** Trapezoidal area under the sorted errors, each scaled to log(1 + km) / log(1 + max), over n - 1 steps. */
    private static double auc(double[] sortedErrors) {
        if (sortedErrors.length < 2) {
            return sortedErrors.length == 1 ? scaled(sortedErrors[0]) : 0;
        }
        double area = 0;
        for (int i = 1; i < sortedErrors.length; i++) {
            area += (scaled(sortedErrors[i - 1]) + scaled(sortedErrors[i])) / 2;
        }
        return area / (sortedErrors.length - 1);
    }

    private static double scaled(double km) {
        return Math.log1p(km) / Math.log1p(MAX_ERROR_KM);
    }

    @Override
    public String toString() {
        return String.format("n=%d  acc@161km=%.2f%%  exact-id=%.1f%% (of %d)  median=%.1f km  mean=%.0f km  "
                        + "AUC=%.3f  unresolved=%d", count, 100 * accuracy161, 100 * exactId, withGoldId, medianKm,
                meanKm, auc, unresolved);
    }
}
