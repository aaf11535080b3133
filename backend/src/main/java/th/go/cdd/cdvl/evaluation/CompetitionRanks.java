package th.go.cdd.cdvl.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks of totals sorted best first, as competitions give them: equal totals share a rank and the
 * next rank skips as many places. Totals 4.50, 4.10, 4.10, 3.90 rank 1, 2, 2, 4.
 */
public final class CompetitionRanks {

    private CompetitionRanks() {
    }

    /** The rank of each total, in the order given; {@code totals} must be sorted best (highest) first. */
    public static List<Integer> of(List<BigDecimal> totals) {
        List<Integer> ranks = new ArrayList<>(totals.size());
        for (int i = 0; i < totals.size(); i++) {
            boolean tied = i > 0 && totals.get(i).compareTo(totals.get(i - 1)) == 0;
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }
}
