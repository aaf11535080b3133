package th.go.cdd.cdvl.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Rubrics are the department's settings, the same for every area: no scope applies. */
@ApplicationScoped
public class RubricRepository implements PanacheRepositoryBase<Rubric, UUID> {

    /** The fiscal year's latest revision. */
    public Optional<Rubric> current(int fiscalYear) {
        return find("fiscalYear = ?1 order by revision desc", fiscalYear).firstResultOptional();
    }

    /**
     * The latest revision, locked until the transaction ends: a visit freezing it and an edit
     * replacing its criteria take turns, so no visit is scored against criteria just removed.
     */
    public Optional<Rubric> lockCurrent(int fiscalYear) {
        return find("fiscalYear = ?1 order by revision desc", fiscalYear).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
