package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.Subdistrict;

/**
 * A center of the data set with what later parts need: where it is, when it existed, and how
 * diligently it holds activities.
 */
public final class SeedCenter {

    public enum Status {
        ACTIVE, SUSPENDED, CLOSED
    }

    /** How a center keeps the once-a-quarter rule: the chance it holds nothing in a quarter. */
    public enum Diligence {
        STEADY(0.03), IRREGULAR(0.15), STRUGGLING(0.55);

        final double missQuarter;

        Diligence(double missQuarter) {
            this.missQuarter = missQuarter;
        }
    }

    final int index;
    final UUID id;
    final Subdistrict subdistrict;
    final String name;
    final LocalDate establishedOn;
    final Status status;
    /** The day it was suspended or closed; null while active. */
    final LocalDate statusChangedOn;
    final String exceptionReason;
    final BigDecimal latitude;
    final BigDecimal longitude;
    final Diligence diligence;
    /** Mean activities in a quarter in which it holds any. */
    final double activitiesPerQuarter;

    SeedCenter(int index, UUID id, Subdistrict subdistrict, String name, LocalDate establishedOn, Status status,
            LocalDate statusChangedOn, String exceptionReason, BigDecimal latitude, BigDecimal longitude,
            Diligence diligence, double activitiesPerQuarter) {
        this.index = index;
        this.id = id;
        this.subdistrict = subdistrict;
        this.name = name;
        this.establishedOn = establishedOn;
        this.status = status;
        this.statusChangedOn = statusChangedOn;
        this.exceptionReason = exceptionReason;
        this.latitude = latitude;
        this.longitude = longitude;
        this.diligence = diligence;
        this.activitiesPerQuarter = activitiesPerQuarter;
    }

    public UUID id() {
        return id;
    }

    public District district() {
        return subdistrict.district();
    }

    public Subdistrict subdistrict() {
        return subdistrict;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    /** Whether the center was open (established, not yet suspended or closed) on that day. */
    boolean openOn(LocalDate day) {
        return !day.isBefore(establishedOn) && (statusChangedOn == null || day.isBefore(statusChangedOn));
    }

    /** Whether the app counted it as an active center at that instant (its row existed and was ACTIVE). */
    boolean activeAt(Instant instant) {
        return !SeedClock.createdAt(establishedOn).isAfter(instant)
                && (statusChangedOn == null || SeedClock.at(statusChangedOn, 14).isAfter(instant));
    }
}
