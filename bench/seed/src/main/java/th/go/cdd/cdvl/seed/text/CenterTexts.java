package th.go.cdd.cdvl.seed.text;

import th.go.cdd.cdvl.seed.generate.Dice;

/** Words of center records: villages, meeting places, why a center is suspended, closed or doubled. */
public final class CenterTexts {

    public static final String NAME_PREFIX = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบล";

    /** Village names are built like most Thai ones: a landscape word and a quality. */
    private static final String[] VILLAGE_HEAD = {
        "หนอง", "ดอน", "ป่า", "ห้วย", "โนน", "นา", "ทุ่ง", "โคก", "ท่า", "บ่อ", "วัง", "คลอง", "เหล่า", "หัว", "ดง",
        "สัน", "แม่", "ปาง", "โพธิ์", "ศรี"};

    private static final String[] VILLAGE_TAIL = {
        "บัว", "แก้ว", "สัก", "ทราย", "สูง", "คำ", "แวง", "ใหญ่", "ทอง", "ไผ่", "เย็น", "ดี", "หิน", "งาม", "เจริญ",
        "ใหม่", "กลาง", "ยาว", "หลวง", "มะม่วง"};

    private static final String[] PLACE = {
        "ศาลาอเนกประสงค์", "ศาลาประชาคม", "อาคารศูนย์เรียนรู้ชุมชน", "ที่ทำการผู้ใหญ่บ้าน", "ศาลาวัด"};

    private static final String[] NOTE = {
        "ประชุมคณะกรรมการทุกวันที่ ๕ ของเดือน",
        "ใช้ศาลาอเนกประสงค์ของหมู่บ้านเป็นที่ทำการชั่วคราว",
        "มีแปลงสาธิตผักสวนครัวและสมุนไพรหลังศูนย์",
        "ติดต่อประสานงานผ่านกลุ่มไลน์ของศูนย์",
        "เป็นศูนย์เรียนรู้ต้นแบบของอำเภอ"};

    private static final String[] EXCEPTION = {
        "ตำบลมีพื้นที่กว้างและหมู่บ้านอยู่ห่างไกลกัน จึงตั้งศูนย์แห่งที่สองให้ดูแลหมู่บ้านฝั่งตะวันออก",
        "ประชากรในตำบลมีจำนวนมาก คณะกรรมการอำเภอเห็นชอบให้มีศูนย์เพิ่มอีกหนึ่งแห่ง",
        "หมู่บ้านบนพื้นที่สูงเดินทางมาศูนย์หลักไม่สะดวก จึงตั้งศูนย์เพิ่มตามมติที่ประชุมอำเภอ",
        "ชุมชนย้ายถิ่นฐานจากโครงการชลประทาน ตั้งศูนย์แยกเพื่อดูแลชุมชนใหม่"};

    private static final String[] SUSPENDED = {
        "คณะกรรมการหมดวาระ อยู่ระหว่างสรรหาคณะกรรมการชุดใหม่",
        "อาคารที่ตั้งศูนย์ได้รับความเสียหายจากอุทกภัย อยู่ระหว่างซ่อมแซม",
        "ประธานศูนย์ย้ายภูมิลำเนา อยู่ระหว่างคัดเลือกประธานคนใหม่",
        "ขาดการดำเนินกิจกรรมต่อเนื่อง อำเภออยู่ระหว่างฟื้นฟูศูนย์"};

    private static final String[] CLOSED = {
        "รวมกับศูนย์ตำบลข้างเคียงตามมติที่ประชุมอำเภอ",
        "ย้ายที่ตั้งศูนย์ไปยังหมู่บ้านที่เหมาะสมกว่า จึงปิดศูนย์เดิมและตั้งศูนย์ใหม่",
        "ไม่มีผู้นำจิตอาสาดำเนินงานต่อ ที่ประชุมอำเภอมีมติให้ปิดศูนย์"};

    private CenterTexts() {
    }

    public static String village(Dice dice) {
        return "บ้าน" + dice.pick(VILLAGE_HEAD) + dice.pick(VILLAGE_TAIL);
    }

    public static String place(Dice dice) {
        return dice.pick(PLACE);
    }

    public static String note(Dice dice) {
        return dice.pick(NOTE);
    }

    public static String exceptionReason(Dice dice) {
        return dice.pick(EXCEPTION);
    }

    public static String suspendedReason(Dice dice) {
        return dice.pick(SUSPENDED);
    }

    /** Why a center closed; a replaced one moved, the others ended. */
    public static String closedReason(Dice dice, boolean replaced) {
        return replaced ? CLOSED[1] : dice.pick(CLOSED[0], CLOSED[2]);
    }
}
