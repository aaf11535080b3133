package th.go.cdd.cdvl.common.time;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as Thai readers expect them on forms: the Buddhist era (BE = CE + 543) and Thai month
 * names, both from the JDK ({@link ThaiBuddhistChronology}, the {@code th-TH} locale's CLDR names).
 */
public final class ThaiDates {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE);

    private ThaiDates() {
    }

    /** 2567 for any day of 2024. */
    public static int buddhistYear(LocalDate date) {
        return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
    }

    /** "13 ธันวาคม 2567" for 13 December 2024. */
    public static String longDate(LocalDate date) {
        return LONG.format(date);
    }
}
