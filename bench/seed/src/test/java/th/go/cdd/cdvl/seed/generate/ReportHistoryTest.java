package th.go.cdd.cdvl.seed.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.Province;

class ReportHistoryTest {

    private static final District MUEANG_LAMPANG = new District(0, "5201", new Province("52", "ลำปาง", "Lampang"), "เมืองลำปาง");
    private static final LocalDate DUE = LocalDate.of(2024, 12, 13);

    private static ReportHistory started() {
        ReportHistory h = new ReportHistory(MUEANG_LAMPANG, SeedClock.at(LocalDate.of(2026, 1, 1), 0));
        h.create(SeedClock.at(LocalDate.of(2024, 12, 1), 9, 0));
        return h;
    }

    @Test
    void aSubmissionBeforeMidnightOfTheDueDayInThailandIsOnTime() {
        ReportHistory h = started();
        h.submit(SeedClock.at(DUE, 23, 59), DUE);
        assertTrue(h.onTime());
    }

    @Test
    void theFirstSubmissionDecidesOnTimeEvenAfterAReturn() {
        ReportHistory h = started();
        h.submit(SeedClock.at(DUE.plusDays(1), 0, 0), DUE);
        h.review(SeedClock.at(DUE.plusDays(3), 10, 0), false, "แก้ไข");
        h.submit(SeedClock.at(DUE.plusDays(5), 10, 0), DUE);
        assertFalse(h.onTime());
        assertEquals(ReportHistory.State.SUBMITTED, h.state());
        assertEquals(3, h.version());
        assertEquals("load.d5201", h.updatedBy());
    }

    @Test
    void stepsAfterTheEndOfTheDataSetDoNotHappen() {
        ReportHistory h = started();
        h.submit(SeedClock.at(DUE, 10, 0), DUE);
        assertFalse(h.review(SeedClock.at(LocalDate.of(2026, 1, 1), 10, 0), true, null));
        assertEquals(ReportHistory.State.SUBMITTED, h.state());
    }
}
