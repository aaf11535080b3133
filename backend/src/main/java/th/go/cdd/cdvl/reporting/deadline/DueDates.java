package th.go.cdd.cdvl.reporting.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The dates in force of one deadline. The department sets a date for the whole country; a province
 * may set an earlier one for its own districts ({@code PUT /deadlines/{id}/provinces/{code}}), and
 * then that one is in force for the province and each of its districts.
 * <p>Example: the Q2 FY2568 report is due 14 March 2025; Lampang set 10 March, so
 * {@code dueFor("5201")} and {@code dueFor("52")} are 10 March and {@code dueFor("5001")} is 14 March.
 * {@link DeadlineService#dueDates} gives one for each deadline; nothing else works this out.
 */
public record DueDates(UUID deadlineId, LocalDate national, Map<String, LocalDate> byProvince) {

    public DueDates {
        byProvince = Map.copyOf(byProvince);
    }

    /** The date in force for a province (2 digits), district (4) or sub-district (6) code. */
    public LocalDate dueFor(String areaCode) {
        return byProvince.getOrDefault(areaCode.substring(0, 2), national);
    }
}
