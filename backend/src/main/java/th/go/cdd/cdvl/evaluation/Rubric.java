package th.go.cdd.cdvl.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** A fiscal year's evaluation rubric, one revision of it: weighted criteria and the levels of the total. */
@Entity
public class Rubric extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    private int revision;

    @Column(name = "frozen_at")
    private OffsetDateTime frozenAt;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RubricCriterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rubric_level", joinColumns = @JoinColumn(name = "rubric_id"))
    @OrderBy("minScore desc")
    private List<RubricLevel> levels = new ArrayList<>();

    protected Rubric() {
    }

    Rubric(int fiscalYear, int revision, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.fiscalYear = fiscalYear;
        this.revision = revision;
        created(now, actor);
    }

    /** New criteria and levels: only while no visit has used this revision. */
    void replace(List<RubricCriterion> newCriteria, List<RubricLevel> newLevels) {
        criteria.clear();
        criteria.addAll(newCriteria);
        levels.clear();
        levels.addAll(newLevels);
    }

    /** The first visit under this revision fixes it. */
    void freeze(OffsetDateTime now) {
        if (frozenAt == null) {
            frozenAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getRevision() {
        return revision;
    }

    public OffsetDateTime getFrozenAt() {
        return frozenAt;
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }

    public List<RubricLevel> getLevels() {
        return levels;
    }
}
