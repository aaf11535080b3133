package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.ReferenceData;
import th.go.cdd.cdvl.seed.reference.Subdistrict;

/**
 * Each district's operating point (จุดดำเนินการ), reported by the location report of 22 Nov 2567:
 * mostly one of its active centers, otherwise the district office's address.
 */
public final class OperatingPointRows {

    public static final String[] COLUMNS = {"district_code", "center_id", "address", "latitude", "longitude", "version",
        "updated_at", "updated_by"};

    private static final LocalDate REPORTED_FROM = LocalDate.of(2024, 11, 11);
    private static final LocalDate REPORTED_BY = LocalDate.of(2024, 11, 22);

    private final Dice dice;

    public OperatingPointRows(long seed) {
        this.dice = Dice.stream(seed, "operating-points");
    }

    public void write(ReferenceData reference, List<SeedCenter> centers, CopyTable table) {
        Map<District, List<SeedCenter>> active = new LinkedHashMap<>();
        centers.stream().filter(c -> c.status == SeedCenter.Status.ACTIVE && c.establishedOn.isBefore(REPORTED_FROM))
                .forEach(c -> active.computeIfAbsent(c.district(), d -> new ArrayList<>()).add(c));
        for (District d : reference.districts()) {
            List<SeedCenter> candidates = active.getOrDefault(d, List.of());
            var updated = SeedClock.officeHours(dice, dice.day(REPORTED_FROM, REPORTED_BY));
            if (!candidates.isEmpty() && dice.chance(0.85)) {
                table.row(d.code(), dice.pick(candidates).id, null, null, null, 0, updated, Seed.ACTOR);
            } else {
                Subdistrict seat = d.subdistricts().get(0);
                String address = "ที่ว่าการอำเภอ" + d.nameTh() + " ตำบล" + seat.nameTh() + " อำเภอ" + d.nameTh()
                        + " จังหวัด" + d.province().nameTh() + (seat.postalCode() == null ? "" : " " + seat.postalCode());
                table.row(d.code(), null, address, seat.hasPoint() ? near(seat.latitude()) : null,
                        seat.hasPoint() ? near(seat.longitude()) : null, 0, updated, Seed.ACTOR);
            }
        }
    }

    private BigDecimal near(BigDecimal degrees) {
        return degrees.add(BigDecimal.valueOf(dice.between(-2000, 2000), 6)).setScale(6, RoundingMode.HALF_UP);
    }
}
