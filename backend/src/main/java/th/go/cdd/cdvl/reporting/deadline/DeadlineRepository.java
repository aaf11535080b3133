package th.go.cdd.cdvl.reporting.deadline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deadlines are national: every caller reads all of them (a province's own dates come separately). */
@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, UUID> {

    public List<Deadline> ofYear(int fiscalYear) {
        return list("fiscalYear", Sort.by("dueOn").and("id"), fiscalYear);
    }

    public Optional<Deadline> quarterly(int fiscalYear, int quarter) {
        return find("fiscalYear = ?1 and kind = ?2 and quarter = ?3", fiscalYear, Deadline.Kind.QUARTERLY_REPORT, quarter)
                .firstResultOptional();
    }

    public Optional<Deadline> locationReport(int fiscalYear) {
        return find("fiscalYear = ?1 and kind = ?2", fiscalYear, Deadline.Kind.LOCATION_REPORT).firstResultOptional();
    }

    public List<Deadline> all() {
        return listAll(Sort.by("dueOn").and("id"));
    }
}
