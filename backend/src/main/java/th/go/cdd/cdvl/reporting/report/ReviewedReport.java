package th.go.cdd.cdvl.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report that goes up the chain and is reviewed there ({@link Reviewed}): a district's to its
 * province, a province's to the department. It carries a narrative, written while DRAFT or
 * RETURNED, and figures, frozen at each submission.
 */
@MappedSuperclass
public abstract class ReviewedReport extends Reviewed {

    private String results;

    private String problems;

    private String suggestions;

    @Column(name = "good_practice")
    private String goodPractice;

    /** JSON text, so dirty checking compares a string, not a re-read structure of numbers. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String figures;

    void write(String results, String problems, String suggestions, String goodPractice, OffsetDateTime now, String actor) {
        requireChangeable("edited");
        this.results = results;
        this.problems = problems;
        this.suggestions = suggestions;
        this.goodPractice = goodPractice;
        touch(now, actor);
    }

    public void submit(String figures, Boolean onTimeIfFirst, OffsetDateTime now, String actor) {
        submitted(onTimeIfFirst, now, actor);
        this.figures = figures;
    }

    public String getResults() {
        return results;
    }

    public String getProblems() {
        return problems;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public String getGoodPractice() {
        return goodPractice;
    }

    public String getFigures() {
        return figures;
    }
}
