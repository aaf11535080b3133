package th.go.cdd.cdvl.seed.generate;

import java.time.OffsetDateTime;
import java.util.List;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.Subdistrict;
import th.go.cdd.cdvl.seed.text.CenterTexts;
import th.go.cdd.cdvl.seed.text.ThaiPhones;

/** The center rows: the plan plus the details an officer fills in (village, address, phone). */
public final class CenterRows {

    public static final String[] COLUMNS = {"id", "subdistrict_code", "district_code", "province_code", "name",
        "village_no", "village_name", "address", "latitude", "longitude", "established_on", "status", "status_reason",
        "status_changed_on", "phone", "notes", "exception_reason", "version", "created_at", "created_by", "updated_at",
        "updated_by"};

    private final Dice dice;

    public CenterRows(long seed) {
        this.dice = Dice.stream(seed, "center-rows");
    }

    public void write(List<SeedCenter> centers, CopyTable table) {
        for (SeedCenter c : centers) {
            Subdistrict s = c.subdistrict;
            int villageNo = dice.between(1, 15);
            String village = CenterTexts.village(dice);
            String address = CenterTexts.place(dice) + " หมู่ที่ " + villageNo + " " + village + " ตำบล" + s.nameTh()
                    + " อำเภอ" + s.district().nameTh() + " จังหวัด" + s.district().province().nameTh()
                    + (s.postalCode() == null ? "" : " " + s.postalCode());
            String phone = switch (dice.weighted(new double[] {60, 25, 15})) {
                case 0 -> ThaiPhones.landline(dice, s.district().province().code());
                case 1 -> ThaiPhones.mobile(dice);
                default -> null;
            };
            String notes = dice.chance(0.1) ? CenterTexts.note(dice) : null;
            String statusReason = switch (c.status) {
                case SUSPENDED -> CenterTexts.suspendedReason(dice);
                case CLOSED -> CenterTexts.closedReason(dice, replacedBySuccessor(c, centers));
                case ACTIVE -> null;
            };
            OffsetDateTime created = SeedClock.of(SeedClock.createdAt(c.establishedOn));
            OffsetDateTime updated = c.statusChangedOn == null ? created : SeedClock.at(c.statusChangedOn, 14, 0);
            table.row(c.id, s.code(), s.district().code(), s.district().province().code(), c.name, villageNo, village,
                    address, c.latitude, c.longitude, c.establishedOn, c.status.name(), statusReason, c.statusChangedOn,
                    phone, notes, c.exceptionReason, c.statusChangedOn == null ? 0 : 1, created, Seed.ACTOR, updated,
                    Seed.ACTOR);
        }
    }

    /** The planner puts a closed center's successor right after it. */
    private static boolean replacedBySuccessor(SeedCenter c, List<SeedCenter> centers) {
        return c.index + 1 < centers.size() && centers.get(c.index + 1).subdistrict == c.subdistrict
                && centers.get(c.index + 1).exceptionReason == null;
    }
}
