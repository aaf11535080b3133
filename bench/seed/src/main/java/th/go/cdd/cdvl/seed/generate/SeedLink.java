package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's support to a center in one fiscal year (partner_link): at least one kind of support,
 * a budget amount only with budget support (and not always then), an optional period in the year.
 */
record SeedLink(UUID id, SeedPartner partner, SeedCenter center, int fiscalYear, boolean knowledge, boolean resources,
        boolean scaling, boolean budget, BigDecimal budgetBaht, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
}
