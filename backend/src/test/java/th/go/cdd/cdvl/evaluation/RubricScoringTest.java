package th.go.cdd.cdvl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.evaluation.RubricScoring.Level;
import th.go.cdd.cdvl.evaluation.RubricScoring.Weighted;

/** The weighted totals and levels of RubricScoring against cases worked out by hand. */
class RubricScoringTest {

    private static final List<Level> LEVELS = List.of(new Level("พัฒนา", new BigDecimal("1.00")),
            new Level("ดีเด่น", new BigDecimal("4.50")), new Level("ดี", new BigDecimal("3.50")));

    @Test
    void weighsEachScoreByItsCriterion() {
        // (5×40 + 4×30 + 3×30) / 100 = 410 / 100
        BigDecimal total = RubricScoring.total(List.of(new Weighted(40, 5), new Weighted(30, 4), new Weighted(30, 3)));
        assertThat(total).isEqualByComparingTo("4.10");
        assertThat(RubricScoring.level(total, LEVELS)).contains("ดี");
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // 7 / 3 = 2.333…; (1×1 + 2×1 + 2×2 + 2×2) / 6 = 11 / 6 = 1.8333…; (4×1 + 5×1) / 2 = 4.5 exactly
        assertThat(RubricScoring.total(List.of(new Weighted(1, 2), new Weighted(1, 2), new Weighted(1, 3)))).isEqualByComparingTo("2.33");
        assertThat(RubricScoring.total(List.of(new Weighted(1, 1), new Weighted(1, 2), new Weighted(2, 2), new Weighted(2, 2))))
                .isEqualByComparingTo("1.83");
        // 2×1 + 3×2 = 8 over 3 = 2.6666… → 2.67
        assertThat(RubricScoring.total(List.of(new Weighted(1, 2), new Weighted(2, 3)))).isEqualByComparingTo("2.67");
    }

    @Test
    void aTotalOnAThresholdReachesThatLevel() {
        BigDecimal total = RubricScoring.total(List.of(new Weighted(1, 4), new Weighted(1, 5)));
        assertThat(total).isEqualByComparingTo("4.50");
        assertThat(RubricScoring.level(total, LEVELS)).contains("ดีเด่น");
        assertThat(RubricScoring.level(new BigDecimal("4.49"), LEVELS)).contains("ดี");
        assertThat(RubricScoring.level(new BigDecimal("1.00"), LEVELS)).contains("พัฒนา");
    }

    @Test
    void aTotalBelowEveryLevelHasNone() {
        assertThat(RubricScoring.level(new BigDecimal("1.40"), List.of(new Level("ผ่าน", new BigDecimal("1.50"))))).isEmpty();
        assertThat(RubricScoring.level(new BigDecimal("3.00"), List.of())).isEmpty();
    }

    @Test
    void noScoresIsNoTotal() {
        assertThatThrownBy(() -> RubricScoring.total(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
