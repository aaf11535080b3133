package th.go.cdd.cdvl.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Fiscal years are national reference data: every caller reads all of them. */
@ApplicationScoped
public class FiscalYearRepository implements PanacheRepositoryBase<FiscalYear, Integer> {
}
