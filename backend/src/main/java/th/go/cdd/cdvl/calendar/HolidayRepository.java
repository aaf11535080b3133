package th.go.cdd.cdvl.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Holidays are national reference data: every caller reads all of them. */
@ApplicationScoped
public class HolidayRepository implements PanacheRepositoryBase<Holiday, LocalDate> {

    public List<Holiday> between(LocalDate from, LocalDate to) {
        return list("day >= ?1 and day <= ?2", Sort.by("day"), from, to);
    }
}
