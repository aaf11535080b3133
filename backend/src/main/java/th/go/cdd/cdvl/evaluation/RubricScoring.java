package th.go.cdd.cdvl.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A visit's weighted total and its level. The total is Σ(score × weight) / Σ(weight) on the 1–5
 * scale of the scores, rounded half up to two decimals; the level is the highest one whose minimum
 * the total reaches, none when it reaches none.
 *
 * <p>Example: criteria weighted 40, 30 and 30 scored 5, 4 and 3 give (200 + 120 + 90) / 100 = 4.10;
 * with the levels ดีเด่น from 4.50, ดี from 3.50 and พัฒนา from 1.00 that is ดี. Scores 2, 2, 3 weighted
 * 1, 1, 1 give 7 / 3 = 2.33 (rounded), which is พัฒนา.
 */
public final class RubricScoring {

    /** One criterion's weight and the score it was given. */
    public record Weighted(int weight, int score) {
    }

    /** A level and the least weighted total that reaches it. */
    public record Level(String name, BigDecimal minScore) {
    }

    private RubricScoring() {
    }

    public static BigDecimal total(List<Weighted> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("A total needs at least one score");
        }
        long weighted = scores.stream().mapToLong(s -> (long) s.weight() * s.score()).sum();
        long weights = scores.stream().mapToLong(Weighted::weight).sum();
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    public static Optional<String> level(BigDecimal total, List<Level> levels) {
        return levels.stream()
                .filter(level -> total.compareTo(level.minScore()) >= 0)
                .max(Comparator.comparing(Level::minScore))
                .map(Level::name);
    }
}
