package th.go.cdd.cdvl.seed.text;

import th.go.cdd.cdvl.seed.generate.Dice;

/** What districts write in their quarterly operation report (enclosure 2) and provinces answer. */
public final class ReportTexts {

    private static final String[] RESULTS = {
        "ศูนย์ฯ ในอำเภอจัดกิจกรรมตามภารกิจ ๙ จุดหมายต้นสาย ปลายป่าน ครบทุกตำบล และร่วมกิจกรรมจิตอาสาในวันสำคัญของชาติ",
        "ศูนย์ฯ ดำเนินกิจกรรมพัฒนาคุณภาพชีวิตตามมิติสุขภาพ อาชีพ และความเป็นอยู่ โดยภาคีเครือข่ายร่วมสนับสนุน",
        "ผู้นำจิตอาสาขับเคลื่อนกิจกรรมบัญชีครัวเรือนและธนาคารขยะอย่างต่อเนื่อง ครัวเรือนเข้าร่วมเพิ่มขึ้นจากไตรมาสก่อน",
        "ทุกศูนย์จัดประชุมคณะกรรมการและดำเนินกิจกรรมอย่างน้อยหนึ่งครั้ง ยกเว้นศูนย์ที่อยู่ระหว่างปรับปรุงคณะกรรมการ"};

    private static final String[] PROBLEMS = {
        "งบประมาณสนับสนุนมีจำกัด และช่วงฤดูเก็บเกี่ยวผู้นำจิตอาสามีภารกิจมาก",
        "บางพื้นที่เดินทางลำบากในฤดูฝน ทำให้จัดกิจกรรมล่าช้ากว่าแผน",
        "ผู้นำจิตอาสาส่วนหนึ่งเป็นผู้สูงอายุ ใช้งานระบบรายงานออนไลน์ไม่คล่อง",
        "ภาคีเครือข่ายภาคเอกชนและสื่อมวลชนยังมีส่วนร่วมน้อย"};

    private static final String[] SUGGESTIONS = {
        "ควรขยายเครือข่ายภาคีภาคเอกชนและสื่อมวลชน",
        "ควรจัดอบรมการใช้งานระบบรายงานให้ผู้นำจิตอาสารุ่นใหม่",
        "ควรจัดสรรงบประมาณสนับสนุนกิจกรรมตามภารกิจให้ศูนย์ที่มีผลงานต่อเนื่อง",
        "ควรแลกเปลี่ยนเรียนรู้ระหว่างศูนย์ในอำเภอทุกไตรมาส"};

    private static final String[] GOOD_PRACTICE = {
        "ธนาคารขยะชุมชนที่นำรายได้มาจัดสวัสดิการให้สมาชิก",
        "ตลาดนัดชุมชนออนไลน์ที่ช่วยให้สินค้าเกษตรขายได้ทั่วประเทศ",
        "การลงแขกเอามื้อสามัคคีช่วยครัวเรือนที่ขาดแรงงาน",
        "ตู้เย็นข้างบ้านที่ทุกครัวเรือนมีผักสวนครัวไว้กินเอง"};

    private static final String[] RETURN_COMMENT = {
        "กรุณาเพิ่มรายละเอียดผลการดำเนินงานภารกิจที่ ๕ ขายขยะแลกทอง",
        "ขอให้ระบุจำนวนครัวเรือนที่เข้าร่วมกิจกรรมให้ครบทุกตำบล",
        "ปัญหาอุปสรรคยังไม่ครบ กรุณาเพิ่มเติมแล้วส่งใหม่",
        "กรุณาแนบแนวทางปฏิบัติที่ดีอย่างน้อยหนึ่งเรื่อง"};

    private static final String[] ACCEPT_COMMENT = {"รับทราบ ขอบคุณ", "ครบถ้วน", "เห็นชอบตามที่รายงาน"};

    private ReportTexts() {
    }

    public static String results(Dice dice) {
        return dice.pick(RESULTS);
    }

    public static String problems(Dice dice) {
        return dice.pick(PROBLEMS);
    }

    public static String suggestions(Dice dice) {
        return dice.pick(SUGGESTIONS);
    }

    public static String goodPractice(Dice dice) {
        return dice.pick(GOOD_PRACTICE);
    }

    public static String returnComment(Dice dice) {
        return dice.pick(RETURN_COMMENT);
    }

    public static String acceptComment(Dice dice) {
        return dice.pick(ACCEPT_COMMENT);
    }
}
