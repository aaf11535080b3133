package th.go.cdd.cdvl.seed.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.cdvl.seed.generate.Dice;

/** The 18 activity types of the guideline, with the titles and words officers record them with. */
public final class ActivityTexts {

    public enum Category {
        MISSION, DIMENSION, NATIONAL_DAY
    }

    /** The app's ActivityType, in its order (the order of the figures' byType map). */
    public enum Type {
        FRIDGE_AND_MEDICINE_CABINET(Category.MISSION, 9, "ปลูกผักสวนครัวรั้วกินได้", "ตู้เย็นข้างบ้าน ปลูกผักสมุนไพร", "แจกพันธุ์ผักและสมุนไพรประจำบ้าน"),
        LABOUR_SHARING_BANK(Category.MISSION, 7, "ลงแขกเอามื้อสามัคคี", "ธนาคารแบ่งปันแรงงานช่วยเกี่ยวข้าว", "เอามื้อขุดคลองไส้ไก่"),
        THREE_TREES(Category.MISSION, 7, "ปลูกไม้สามอย่าง ประโยชน์สี่อย่าง", "ปลูกต้นไม้ในวันสำคัญ", "แจกกล้าไม้เศรษฐกิจให้ครัวเรือน"),
        HOUSEHOLD_ACCOUNTS(Category.MISSION, 8, "อบรมการจัดทำบัญชีครัวเรือน", "ติดตามการทำบัญชีรับจ่ายครัวเรือน", "ประกวดบัญชีครัวเรือนดีเด่น"),
        WASTE_FOR_GOLD(Category.MISSION, 8, "ธนาคารขยะชุมชน", "ขายขยะแลกทอง", "อบรมทำปุ๋ยหมักจากขยะอินทรีย์"),
        HERITAGE_MEMORY(Category.MISSION, 3, "รวบรวมของเก่าเล่าอดีต", "จัดมุมพิพิธภัณฑ์ชุมชน", "ผู้สูงอายุเล่าประวัติหมู่บ้าน"),
        OCCUPATION_SHARING(Category.MISSION, 6, "ผ้าป่าอาชีพ", "แลกเปลี่ยนความรู้การทำขนมไทย", "สาธิตการเพาะเห็ดฟาง"),
        ENERGY_SAVING(Category.MISSION, 3, "รณรงค์ปิดไฟประหยัดพลังงาน", "ติดตั้งหลอดไฟประหยัดพลังงานให้ครัวเรือน", "อบรมเตาประหยัดพลังงาน"),
        FOUR_DIRECTIONS_MARKET(Category.MISSION, 5, "ตลาดนัดชุมชนสี่ทิศ", "อบรมการขายสินค้าออนไลน์", "ตลาดนัดสินค้าเกษตรปลอดภัย"),
        SUFFICIENCY_VILLAGE(Category.MISSION, 2, "ขับเคลื่อนหมู่บ้านเศรษฐกิจพอเพียง", "ประเมินหมู่บ้านเศรษฐกิจพอเพียง", "เวทีประชาคมหมู่บ้านพอเพียง"),
        HEALTH(Category.DIMENSION, 7, "ตรวจสุขภาพผู้สูงอายุ", "รณรงค์กำจัดลูกน้ำยุงลาย", "เยี่ยมบ้านผู้ป่วยติดเตียง"),
        EDUCATION(Category.DIMENSION, 5, "ส่งเสริมการอ่านในชุมชน", "มอบทุนการศึกษาเด็กยากจน", "สอนการบ้านเด็กนักเรียน"),
        OCCUPATION_INCOME(Category.DIMENSION, 7, "ฝึกอาชีพเสริมสร้างรายได้", "อบรมแปรรูปผลผลิตการเกษตร", "ส่งเสริมการเลี้ยงไก่ไข่"),
        LIVING_CONDITIONS(Category.DIMENSION, 6, "ซ่อมแซมบ้านผู้ยากไร้", "ปรับปรุงห้องน้ำผู้สูงอายุ", "มอบถุงยังชีพครัวเรือนเปราะบาง"),
        STATE_SERVICES(Category.DIMENSION, 4, "หน่วยบริการเคลื่อนที่", "ช่วยลงทะเบียนสวัสดิการแห่งรัฐ", "ให้ความรู้สิทธิบัตรทองและเบี้ยยังชีพ"),
        DEVELOPMENT_VOLUNTEER(Category.NATIONAL_DAY, 8, "จิตอาสาพัฒนาทำความสะอาดวัดและชุมชน", "จิตอาสาพัฒนาปรับภูมิทัศน์ถนน", "จิตอาสาพัฒนาลอกคูคลอง"),
        DISASTER_VOLUNTEER(Category.NATIONAL_DAY, 3, "จิตอาสาภัยพิบัติช่วยผู้ประสบอุทกภัย", "ซ้อมแผนป้องกันภัยพิบัติชุมชน", "จิตอาสาแจกน้ำดื่มช่วงภัยแล้ง"),
        SPECIAL_TASK_VOLUNTEER(Category.NATIONAL_DAY, 4, "จิตอาสาเฉพาะกิจ", "จิตอาสาเฉพาะกิจอำนวยความสะดวกงานพระราชพิธี", "จิตอาสาเฉพาะกิจบริการประชาชน");

        public final Category category;
        /** How often officers record the type, relative to the others. */
        public final double weight;
        private final String[] titles;

        Type(Category category, double weight, String... titles) {
            this.category = category;
            this.weight = weight;
            this.titles = titles;
        }

        public String title(Dice dice) {
            return dice.pick(titles);
        }
    }

    /** A national important day in a quarter, with the name officers write in the activity. */
    public record NationalDay(LocalDate day, String name) {
    }

    private static final String[] DESCRIPTION = {
        "คณะกรรมการศูนย์และผู้นำจิตอาสาร่วมกับภาคีเครือข่ายจัดกิจกรรมในหมู่บ้าน",
        "ผู้นำจิตอาสาประชุมวางแผนและลงพื้นที่ดำเนินกิจกรรมร่วมกับชาวบ้าน",
        "จัดกิจกรรมตามแผนขับเคลื่อนของศูนย์ โดยมีเจ้าหน้าที่พัฒนาชุมชนให้คำแนะนำ",
        "ดำเนินกิจกรรมต่อเนื่องจากไตรมาสก่อน ขยายผลไปยังหมู่บ้านใกล้เคียง"};

    private static final String[] OUTCOMES = {
        "ครัวเรือนเป้าหมายเข้าร่วมครบตามแผน และนำไปปฏิบัติต่อที่บ้าน",
        "ชุมชนลดรายจ่ายและมีรายได้เพิ่มขึ้นจากการต่อยอดกิจกรรม",
        "เกิดเครือข่ายผู้นำจิตอาสารุ่นใหม่ในหมู่บ้าน",
        "ได้รับความร่วมมือจากภาคีเครือข่ายและมีแผนจัดกิจกรรมต่อเนื่อง"};

    private static final String[] BUDGET_SOURCE = {
        "งบประมาณกรมการพัฒนาชุมชน", "องค์การบริหารส่วนตำบล", "กองทุนหมู่บ้าน", "เงินสนับสนุนจากภาคีเครือข่าย",
        "งบประมาณจังหวัด", "สมาชิกศูนย์ร่วมสมทบ"};

    private ActivityTexts() {
    }

    public static String description(Dice dice) {
        return dice.pick(DESCRIPTION);
    }

    public static String outcomes(Dice dice) {
        return dice.pick(OUTCOMES);
    }

    public static String budgetSource(Dice dice) {
        return dice.pick(BUDGET_SOURCE);
    }

    /** The national days a quarter's volunteer work is held for. */
    public static List<NationalDay> nationalDays(LocalDate quarterStart) {
        int year = quarterStart.getYear();
        List<NationalDay> days = new ArrayList<>();
        switch (quarterStart.getMonthValue()) {
            case 10 -> {
                days.add(new NationalDay(LocalDate.of(year, 10, 13), "วันนวมินทรมหาราช ๑๓ ตุลาคม"));
                days.add(new NationalDay(LocalDate.of(year, 10, 23), "วันปิยมหาราช ๒๓ ตุลาคม"));
                days.add(new NationalDay(LocalDate.of(year, 12, 5), "วันพ่อแห่งชาติ ๕ ธันวาคม"));
                days.add(new NationalDay(LocalDate.of(year, 12, 10), "วันรัฐธรรมนูญ ๑๐ ธันวาคม"));
            }
            case 1 -> {
                LocalDate children = LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
                days.add(new NationalDay(children, "วันเด็กแห่งชาติ"));
                days.add(new NationalDay(LocalDate.of(year, 1, 16), "วันครู ๑๖ มกราคม"));
                days.add(new NationalDay(LocalDate.of(year, 1, 18), "วันกองทัพไทย ๑๘ มกราคม"));
            }
            case 4 -> {
                days.add(new NationalDay(LocalDate.of(year, 4, 6), "วันจักรี ๖ เมษายน"));
                days.add(new NationalDay(LocalDate.of(year, 4, 13), "วันสงกรานต์และวันผู้สูงอายุแห่งชาติ ๑๓ เมษายน"));
                days.add(new NationalDay(LocalDate.of(year, 5, 4), "วันฉัตรมงคล ๔ พฤษภาคม"));
                days.add(new NationalDay(LocalDate.of(year, 6, 3),
                        "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี ๓ มิถุนายน"));
            }
            default -> {
                days.add(new NationalDay(LocalDate.of(year, 7, 28),
                        "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว ๒๘ กรกฎาคม"));
                days.add(new NationalDay(LocalDate.of(year, 8, 12), "วันแม่แห่งชาติ ๑๒ สิงหาคม"));
            }
        }
        return days;
    }
}
