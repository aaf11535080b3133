package th.go.cdd.cdvl.seed.text;

import th.go.cdd.cdvl.seed.generate.Dice;

/** The words of mechanism meetings, their resolutions and evaluation visits. */
public final class PlanningTexts {

    private static final String[] AGENDA = {
        "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "รับรองรายงานการประชุมครั้งที่แล้ว",
        "ติดตามมติที่ประชุมครั้งที่แล้ว",
        "จัดทำแผนขับเคลื่อนศูนย์ประสานงานองค์กรชุมชนประจำปี",
        "สรุปผลการดำเนินกิจกรรมไตรมาสที่ผ่านมา",
        "เตรียมกิจกรรมวันสำคัญของชาติ",
        "การติดตามประเมินผลศูนย์ฯ โดยทีมจังหวัด",
        "การรายงานผลผ่านระบบ",
        "เรื่องอื่น ๆ",
    };

    private static final String[] RESOLUTIONS = {
        "ให้ทุกศูนย์ฯ จัดทำแผนขับเคลื่อนประจำปีและส่งอำเภอภายในกำหนด",
        "มอบหมายคณะกรรมการศูนย์ฯ ติดตามการบันทึกกิจกรรมในระบบทุกไตรมาส",
        "ให้จัดกิจกรรมจิตอาสาพัฒนาร่วมกันในวันสำคัญของชาติ",
        "ประสานภาคีเครือข่ายสนับสนุนงบประมาณกิจกรรมตู้เย็นข้างบ้าน",
        "จัดเวทีแลกเปลี่ยนเรียนรู้ระหว่างศูนย์ฯ ในอำเภอ",
        "ให้ศูนย์ฯ ที่ยังไม่มีกิจกรรมในไตรมาสนี้จัดกิจกรรมอย่างน้อยหนึ่งครั้ง",
        "เตรียมความพร้อมรับการติดตามประเมินผลจากจังหวัด",
        "ปรับปรุงข้อมูลสมาชิกและคณะกรรมการศูนย์ฯ ให้เป็นปัจจุบัน",
        "รวบรวมภาพถ่ายกิจกรรมประกอบรายงานผลการดำเนินงาน",
    };

    private static final String[] OWNERS = {"ประธานศูนย์ฯ ทุกตำบล", "เลขานุการศูนย์ฯ", "ผู้นำอาสาพัฒนาชุมชน", "คณะทำงานระดับอำเภอ"};

    private static final String[] DONE_NOTES = {"ดำเนินการแล้วครบทุกศูนย์", "ดำเนินการแล้ว รายงานในที่ประชุมครั้งถัดไป",
        "ดำเนินการแล้วบางส่วน ที่เหลือติดตามต่อ", "ส่งเอกสารครบแล้ว"};

    private static final String[] STRENGTHS = {"คณะกรรมการเข้มแข็ง ประชุมสม่ำเสมอ", "มีภาคีเครือข่ายสนับสนุนหลายภาคส่วน",
        "บันทึกกิจกรรมครบทุกไตรมาส พร้อมภาพถ่าย", "ชุมชนมีส่วนร่วมในกิจกรรมมาก", "มีแผนขับเคลื่อนชัดเจน"};

    private static final String[] ADVICE = {"ควรบันทึกข้อมูลในระบบให้ทันเวลา", "ควรขยายเครือข่ายภาคเอกชน",
        "ควรจัดกิจกรรมด้านการศึกษาเพิ่มขึ้น", "ควรจัดทำทะเบียนสมาชิกให้เป็นปัจจุบัน", "ควรถอดบทเรียนกิจกรรมเด่นเผยแพร่"};

    private static final String[] FOLLOW_UPS = {"ปรับปรุงทะเบียนสมาชิกและส่งอำเภอ", "จัดทำแผนกิจกรรมไตรมาสถัดไป",
        "รวบรวมหลักฐานกิจกรรมที่ยังไม่บันทึก", "ประสานภาคีเครือข่ายเพิ่มเติม"};

    private PlanningTexts() {
    }

    public static String meetingTitle(String level, int number, int fiscalYear) {
        String of = switch (level) {
            case "PROVINCE" -> "ระดับจังหวัด";
            case "DISTRICT" -> "ระดับอำเภอ";
            default -> "ระดับศูนย์";
        };
        return "ประชุมกลไกขับเคลื่อนศูนย์ประสานงานองค์กรชุมชน" + of + " ครั้งที่ " + number + "/" + fiscalYear;
    }

    /** Five to seven numbered items, one per line; the planning meeting (the year's first) plans the year. */
    public static String agenda(Dice dice, int number) {
        StringBuilder agenda = new StringBuilder();
        int items = dice.between(5, 7);
        int n = 0;
        agenda.append(++n).append(". ").append(AGENDA[0]);
        agenda.append('\n').append(++n).append(". ").append(AGENDA[1]);
        if (number == 1) {
            agenda.append('\n').append(++n).append(". ").append(AGENDA[3]);
        }
        while (n < items - 1) {
            agenda.append('\n').append(++n).append(". ").append(AGENDA[2 + dice.below(AGENDA.length - 3)]);
        }
        return agenda.append('\n').append(++n).append(". ").append(AGENDA[AGENDA.length - 1]).toString();
    }

    public static String resolution(Dice dice) {
        return dice.pick(RESOLUTIONS);
    }

    public static String owner(Dice dice, String chair) {
        return dice.chance(0.4) ? chair : dice.pick(OWNERS);
    }

    public static String doneNote(Dice dice) {
        return dice.pick(DONE_NOTES);
    }

    public static String strengths(Dice dice) {
        return dice.pick(STRENGTHS);
    }

    public static String advice(Dice dice) {
        return dice.pick(ADVICE);
    }

    public static String followUp(Dice dice) {
        return dice.pick(FOLLOW_UPS);
    }
}
