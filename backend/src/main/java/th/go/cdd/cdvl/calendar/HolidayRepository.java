package th.go.cdd.cdvl.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Holidays are national reference data: every caller reads all of them. */
@ApplicationScoped
public class HolidayRepository implements PanacheRepositoryBase<Holiday, LocalDate> {

    public List<Holiday> between(LocalDate from, LocalDate to) {
        return list("day >= ?1 and day <= ?2", Sort.by("day"), from, to);
    }

    /** Which of {@code years} (Gregorian) have at least one holiday row. */
    public Set<Integer> yearsWithHolidays(Collection<Integer> years) {
        if (years.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select distinct extract(year from h.day) from Holiday h where extract(year from h.day) in :years", Integer.class)
                .setParameter("years", years).getResultList());
    }
}
