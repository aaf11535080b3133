package th.go.cdd.cdvl.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    @Test
    void theLettersDeadlineFallsInTheFirstQuarterOfFiscalYear2568() {
        FiscalQuarter q = FiscalCalendar.quarterOf(LocalDate.of(2024, 12, 13));
        assertThat(q.fiscalYear()).isEqualTo(2568);
        assertThat(q.quarter()).isEqualTo(1);
        assertThat(q.labelTh()).isEqualTo("ไตรมาส 1/2568");
        assertThat(q.labelEn()).isEqualTo("Q1 FY2568");
    }

    @Test
    void aFiscalYearTurnsOverBetweenThirtySeptemberAndFirstOctober() {
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2024, 9, 30))).extracting("fiscalYear", "quarter")
                .containsExactly(2567, 4);
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2024, 10, 1))).extracting("fiscalYear", "quarter")
                .containsExactly(2568, 1);
        assertThat(FiscalCalendar.startOf(2568)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(FiscalCalendar.endOf(2568)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void quartersSplitAtTheEndsOfDecemberMarchAndJune() {
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2024, 12, 31)).quarter()).isEqualTo(1);
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2025, 1, 1)).quarter()).isEqualTo(2);
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2025, 3, 31)).quarter()).isEqualTo(2);
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2025, 4, 1)).quarter()).isEqualTo(3);
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2025, 6, 30)).quarter()).isEqualTo(3);
        assertThat(FiscalCalendar.quarterOf(LocalDate.of(2025, 7, 1)).quarter()).isEqualTo(4);
    }

    @Test
    void aLeapDayBelongsToTheSecondQuarter() {
        FiscalQuarter q = FiscalCalendar.quarterOf(LocalDate.of(2024, 2, 29));
        assertThat(q.fiscalYear()).isEqualTo(2567);
        assertThat(q.quarter()).isEqualTo(2);
        assertThat(FiscalQuarter.of(2567, 2).endsOn()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FiscalQuarter.of(2567, 2).startsOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(FiscalQuarter.of(2567, 2).contains(LocalDate.of(2024, 2, 29))).isTrue();
    }

    @Test
    void quartersCoverTheWholeYearWithoutGaps() {
        assertThat(FiscalQuarter.of(2568, 1).startsOn()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(FiscalQuarter.of(2568, 1).endsOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(FiscalQuarter.of(2568, 4).endsOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        for (int q = 1; q < 4; q++) {
            assertThat(FiscalQuarter.of(2568, q).endsOn().plusDays(1)).isEqualTo(FiscalQuarter.of(2568, q + 1).startsOn());
        }
        assertThatThrownBy(() -> FiscalQuarter.of(2568, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
