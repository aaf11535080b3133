package th.go.cdd.cdvl.common.time;

import java.time.LocalDate;

/** Dates as Thai readers expect them on forms: Buddhist era (BE = CE + 543), Thai month names. */
public final class ThaiDates {

    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private ThaiDates() {
    }

    public static int buddhistYear(LocalDate date) {
        return date.getYear() + 543;
    }

    /** "13 ธันวาคม 2567". */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }
}
