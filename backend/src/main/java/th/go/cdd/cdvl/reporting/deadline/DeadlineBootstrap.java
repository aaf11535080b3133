package th.go.cdd.cdvl.reporting.deadline;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import th.go.cdd.cdvl.calendar.FiscalYearService;

/**
 * Every fiscal year set up has its four quarterly deadlines: the defaults are made at start from
 * the deadline rule and the holiday table, and the department moves them afterwards as needed.
 */
@ApplicationScoped
public class DeadlineBootstrap {

    private static final Logger LOG = Logger.getLogger(DeadlineBootstrap.class);

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event, FiscalYearService fiscalYears, DeadlineService deadlines) {
        for (int year : fiscalYears.years()) {
            try {
                int created = deadlines.ensureQuarterlyDefaults(year, "system");
                if (created > 0) {
                    LOG.infof("Created %d default quarterly deadlines for FY%d", created, year);
                }
            } catch (PersistenceException raceWithAnotherInstance) {
                LOG.debugf("Deadlines of FY%d were created by another instance", year);
            }
        }
    }
}
