package th.go.cdd.cdvl.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The score (1–5) a visit gave one criterion, with the visitors' note. */
@Embeddable
public record VisitScore(@Column(name = "criterion_id") UUID criterionId, int score, String note) {
}
