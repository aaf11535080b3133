package th.go.cdd.cdvl.seed.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    @Test
    void followsTheAppsRuleAtTheQuarterEdges() {
        assertEquals(2568, FiscalCalendar.fiscalYearOf(LocalDate.of(2024, 10, 1)));
        assertEquals(1, FiscalCalendar.quarterOf(LocalDate.of(2024, 12, 13)));
        assertEquals(2567, FiscalCalendar.fiscalYearOf(LocalDate.of(2024, 9, 30)));
        assertEquals(4, FiscalCalendar.quarterOf(LocalDate.of(2024, 9, 30)));
        assertEquals(2, FiscalCalendar.quarterOf(LocalDate.of(2025, 1, 1)));
        assertEquals(3, FiscalCalendar.quarterOf(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void quartersStartAndEndOnTheCalendarMonths() {
        assertEquals(LocalDate.of(2024, 10, 1), FiscalCalendar.quarterStart(2568, 1));
        assertEquals(LocalDate.of(2025, 3, 31), FiscalCalendar.quarterEnd(2568, 2));
        assertEquals(LocalDate.of(2025, 9, 30), FiscalCalendar.quarterEnd(2568, 4));
    }
}
