package th.go.cdd.cdvl.seed.generate;

import java.time.LocalDate;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.Province;
import th.go.cdd.cdvl.seed.reference.ReferenceData;

/**
 * The official e-mail of every provincial and district CD office, which reminders go to. Addresses
 * are in a reserved example domain: the mock mailer only logs them, and a real one sends nothing anywhere.
 */
public final class OfficeContactRows {

    public static final String[] COLUMNS = {"area_code", "email", "version", "updated_at", "updated_by"};

    private final Dice dice;

    public OfficeContactRows(long seed) {
        this.dice = Dice.stream(seed, "office-contacts");
    }

    public void write(ReferenceData reference, CopyTable table) {
        for (Province p : reference.provinces()) {
            row(p.code(), table);
        }
        for (District d : reference.districts()) {
            row(d.code(), table);
        }
    }

    private void row(String areaCode, CopyTable table) {
        var updated = SeedClock.officeHours(dice, dice.day(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 12, 29)));
        table.row(areaCode, "cdd." + areaCode + "@cdvl.example", 0, updated, Seed.ACTOR);
    }
}
