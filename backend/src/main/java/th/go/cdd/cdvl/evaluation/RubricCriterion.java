package th.go.cdd.cdvl.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One criterion of a rubric, with what it asks and its weight in the total. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    private int position;

    private String name;

    private String description;

    private int weight;

    protected RubricCriterion() {
    }

    RubricCriterion(Rubric rubric, int position, String name, String description, int weight) {
        this.id = UUID.randomUUID();
        this.rubric = rubric;
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getWeight() {
        return weight;
    }
}
