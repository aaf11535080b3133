package th.go.cdd.cdvl.seed.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Times of the data set: office hours in Thailand (UTC+7, no daylight saving), derived from the
 * days things happened, so they are as reproducible as the days.
 */
public final class SeedClock {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ZoneOffset THAILAND = ZoneOffset.ofHours(7);

    private SeedClock() {
    }

    public static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atOffset(THAILAND);
    }

    public static Instant at(LocalDate day, int hour) {
        return at(day, hour, 0).toInstant();
    }

    /** When a record set up on a day was entered: that morning. */
    static Instant createdAt(LocalDate day) {
        return at(day, 9);
    }

    static OffsetDateTime officeHours(Dice dice, LocalDate day) {
        return at(day, dice.between(9, 16), dice.below(60));
    }

    static OffsetDateTime of(Instant instant) {
        return instant.atOffset(THAILAND);
    }
}
