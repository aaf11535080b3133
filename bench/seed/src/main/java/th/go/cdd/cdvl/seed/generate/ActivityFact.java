package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.time.Instant;
import th.go.cdd.cdvl.seed.text.ActivityTexts.Type;

/** What a district report's figures need of an activity: whose, what, how many took part, what it cost, when it was recorded. */
record ActivityFact(SeedCenter center, Type type, int committee, int leaders, int community, int partners, int officers,
        BigDecimal budgetBaht, Instant createdAt) {
}
