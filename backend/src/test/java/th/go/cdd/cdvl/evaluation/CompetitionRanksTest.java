package th.go.cdd.cdvl.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRanksTest {

    private static List<BigDecimal> totals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void equalTotalsShareARankAndTheNextSkips() {
        assertThat(CompetitionRanks.of(totals("4.50", "4.10", "4.10", "3.90"))).containsExactly(1, 2, 2, 4);
        assertThat(CompetitionRanks.of(totals("3.00", "3.00", "3.00"))).containsExactly(1, 1, 1);
        // 4.1 and 4.10 are the same total
        assertThat(CompetitionRanks.of(totals("4.1", "4.10", "2.00"))).containsExactly(1, 1, 3);
        assertThat(CompetitionRanks.of(List.of())).isEmpty();
    }
}
