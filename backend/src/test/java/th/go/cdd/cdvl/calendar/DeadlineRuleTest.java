package th.go.cdd.cdvl.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default deadlines of FY2567–FY2569 against the government holidays the system is seeded with. */
class DeadlineRuleTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static Set<LocalDate> holidays;

    @BeforeAll
    static void loadTheSeededHolidays() throws IOException {
        try (InputStream in = DeadlineRuleTest.class.getResourceAsStream("/db/seed/th-holidays/holidays.csv")) {
            holidays = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> LocalDate.parse(line.substring(0, 10))).collect(Collectors.toSet());
        }
    }

    private static LocalDate due(int fiscalYear, int quarter) {
        return DeadlineRule.quarterlyReportDue(fiscalYear, quarter, holidays::contains);
    }

    @Test
    void reproducesTheLettersThirteenthOfDecember2567() {
        assertThat(due(2568, 1)).isEqualTo(LocalDate.of(2024, 12, 13));
    }

    @Test
    void movesAWeekendFifteenthBackToFriday() {
        // 15 Mar 2568 (2025) is a Saturday; 15 Jun 2568 a Sunday
        assertThat(due(2568, 2)).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(due(2568, 3)).isEqualTo(LocalDate.of(2025, 6, 13));
    }

    @Test
    void keepsAWorkingFifteenth() {
        assertThat(due(2568, 4)).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(due(2567, 1)).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(due(2569, 1)).isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void coversFiscalYears2567To2569() {
        assertThat(due(2567, 2)).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(due(2567, 3)).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(due(2567, 4)).isEqualTo(LocalDate.of(2024, 9, 13));
        assertThat(due(2569, 2)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(due(2569, 3)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(due(2569, 4)).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void stepsBackOverAHolidayAsWellAsAWeekend() {
        // a made-up holiday on Friday 13 Dec 2024 pushes the Q1 FY2568 deadline to Thursday 12 Dec
        Set<LocalDate> withExtra = new java.util.HashSet<>(holidays);
        withExtra.add(LocalDate.of(2024, 12, 13));
        assertThat(DeadlineRule.quarterlyReportDue(2568, 1, withExtra::contains)).isEqualTo(LocalDate.of(2024, 12, 12));
    }

    @Test
    void aReportIsOnTimeUntilTheLastSecondOfTheDueDayInBangkok() {
        LocalDate due = LocalDate.of(2024, 12, 13);
        assertThat(DeadlineRule.onTime(OffsetDateTime.parse("2024-12-13T23:59:59+07:00"), due, BANGKOK)).isTrue();
        assertThat(DeadlineRule.onTime(OffsetDateTime.parse("2024-12-14T00:00:00+07:00"), due, BANGKOK)).isFalse();
        assertThat(DeadlineRule.onTime(OffsetDateTime.parse("2024-12-13T16:59:59Z"), due, BANGKOK)).isTrue();
        assertThat(DeadlineRule.onTime(OffsetDateTime.parse("2024-12-13T17:00:00Z"), due, BANGKOK)).isFalse();
    }
}
