package th.go.cdd.cdvl.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A level of the weighted total, e.g. ดีเด่น from 4.50. */
@Embeddable
public record RubricLevel(String name, @Column(name = "min_score") BigDecimal minScore) {
}
