package th.go.cdd.cdvl.seed.generate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.text.ThaiNames;
import th.go.cdd.cdvl.seed.text.ThaiPhones;

/**
 * About twenty members per center: a committee (chair, vice-chair, secretary, treasurer and a few
 * members) and volunteer leaders; a few have left (inactive).
 */
public final class MemberRows {

    public static final String[] COLUMNS = {"id", "center_id", "full_name", "role", "gender", "phone", "since", "skills",
        "active", "version", "created_at", "updated_at"};

    private static final String[] SKILLS = {
        "บัญชีครัวเรือน", "ปลูกผักสวนครัว", "ธนาคารขยะ", "ทอผ้า", "จักสาน", "แปรรูปอาหาร", "สมุนไพรพื้นบ้าน",
        "ปุ๋ยหมักชีวภาพ", "การตลาดออนไลน์", "ช่างไฟฟ้า", "ช่างไม้", "ปฐมพยาบาล", "เลี้ยงปลา", "ทำขนมไทย", "ดนตรีพื้นบ้าน"};

    private final Dice dice;

    public MemberRows(long seed) {
        this.dice = Dice.stream(seed, "members");
    }

    public void write(List<SeedCenter> centers, CopyTable table) {
        for (SeedCenter c : centers) {
            int members = dice.between(16, 24);
            int committee = dice.between(3, 7);
            LocalDate latest = c.statusChangedOn != null ? c.statusChangedOn : Timeline.fixedPartEnds();
            for (int n = 0; n < members; n++) {
                ThaiNames.Person person = ThaiNames.person(dice);
                String phone = dice.chance(0.85) ? ThaiPhones.mobile(dice) : null;
                LocalDate since = n < 4 + committee || dice.chance(0.6) ? c.establishedOn : dice.day(c.establishedOn, latest);
                String skills = dice.chance(0.75) ? skills() : null;
                boolean active = n < 4 || dice.chance(0.95);
                OffsetDateTime created = SeedClock.officeHours(dice, since);
                OffsetDateTime updated = active ? created : SeedClock.officeHours(dice, dice.day(since, latest));
                table.row(dice.uuid(), c.id, person.fullName(), role(n, committee), person.gender().name(), phone, since,
                        skills, active, active ? 0 : 1, created, updated);
            }
        }
    }

    private static String role(int n, int committee) {
        return switch (n) {
            case 0 -> "CHAIR";
            case 1 -> "VICE_CHAIR";
            case 2 -> "SECRETARY";
            case 3 -> "TREASURER";
            default -> n < 4 + committee ? "COMMITTEE_MEMBER" : "VOLUNTEER_LEADER";
        };
    }

    private String skills() {
        String first = dice.pick(SKILLS);
        String second = dice.pick(SKILLS);
        return first.equals(second) || dice.chance(0.5) ? first : first + ", " + second;
    }
}
