package th.go.cdd.cdvl.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void writesTheBuddhistEraWithThaiMonthNames() {
        assertThat(ThaiDates.longDate(LocalDate.of(2024, 12, 13))).isEqualTo("13 ธันวาคม 2567");
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 1, 1))).isEqualTo("1 มกราคม 2568");
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 2, 9))).isEqualTo("9 กุมภาพันธ์ 2568");
    }

    @Test
    void theBuddhistYearIsTheCommonYearPlus543() {
        assertThat(ThaiDates.buddhistYear(LocalDate.of(2024, 1, 1))).isEqualTo(2567);
        assertThat(ThaiDates.buddhistYear(LocalDate.of(2024, 12, 31))).isEqualTo(2567);
    }
}
