package th.go.cdd.cdvl.seed.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.seed.generate.Dice;

/**
 * Partner names and kinds of the 7 sectors, as the letter lists them. A template names a local
 * partner after its sub-district ({s}) or district ({d}), a province-wide one after its province ({p});
 * {v} is a village word.
 */
public final class PartnerTexts {

    public enum Sector {
        GOVERNMENT, RELIGION, EDUCATION, PRIVATE, PEOPLE, CIVIL_SOCIETY, MEDIA
    }

    public record Template(String pattern, String kind, boolean provinceWide) {

        public String name(String subdistrict, String district, String province, String village) {
            return pattern.replace("{s}", subdistrict).replace("{d}", district).replace("{p}", province)
                    .replace("{v}", village);
        }
    }

    /** Relative shares of the sectors among partners: government and temples first, media last. */
    public static final double[] SECTOR_WEIGHTS = {22, 20, 17, 12, 15, 8, 6};

    private static final Map<Sector, List<Template>> TEMPLATES = new EnumMap<>(Sector.class);

    static {
        add(Sector.GOVERNMENT, "องค์การบริหารส่วนตำบล{s}", "องค์กรปกครองส่วนท้องถิ่น");
        add(Sector.GOVERNMENT, "เทศบาลตำบล{s}", "องค์กรปกครองส่วนท้องถิ่น");
        add(Sector.GOVERNMENT, "โรงพยาบาลส่งเสริมสุขภาพตำบล{s}", "หน่วยบริการสาธารณสุข");
        add(Sector.GOVERNMENT, "สำนักงานเกษตรอำเภอ{d}", "ส่วนราชการ");
        add(Sector.GOVERNMENT, "สถานีตำรวจภูธร{d}", "ส่วนราชการ");
        province(Sector.GOVERNMENT, "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด{p}", "ส่วนราชการ");
        province(Sector.GOVERNMENT, "องค์การบริหารส่วนจังหวัด{p}", "องค์กรปกครองส่วนท้องถิ่น");
        add(Sector.RELIGION, "วัด{s}", "วัด");
        add(Sector.RELIGION, "วัดศรี{v}", "วัด");
        add(Sector.RELIGION, "วัดป่า{v}", "วัด");
        add(Sector.RELIGION, "มัสยิดบ้าน{v}", "มัสยิด");
        province(Sector.RELIGION, "สำนักงานพระพุทธศาสนาจังหวัด{p}", "ส่วนราชการด้านศาสนา");
        add(Sector.EDUCATION, "โรงเรียนบ้าน{v}", "โรงเรียน");
        add(Sector.EDUCATION, "โรงเรียน{s}วิทยา", "โรงเรียน");
        add(Sector.EDUCATION, "ศูนย์พัฒนาเด็กเล็กตำบล{s}", "ศูนย์พัฒนาเด็กเล็ก");
        add(Sector.EDUCATION, "ศูนย์ส่งเสริมการเรียนรู้อำเภอ{d}", "สถานศึกษานอกระบบ");
        province(Sector.EDUCATION, "วิทยาลัยเกษตรและเทคโนโลยี{p}", "สถาบันอาชีวศึกษา");
        province(Sector.EDUCATION, "วิทยาลัยชุมชน{p}", "สถาบันอุดมศึกษา");
        add(Sector.PRIVATE, "ร้านค้าชุมชนบ้าน{v}", "ห้างร้าน");
        add(Sector.PRIVATE, "ห้างหุ้นส่วนจำกัด {s}การค้า", "ห้างร้าน");
        add(Sector.PRIVATE, "สหกรณ์การเกษตร{d} จำกัด", "สหกรณ์");
        add(Sector.PRIVATE, "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขา{d}", "สถาบันการเงิน");
        province(Sector.PRIVATE, "หอการค้าจังหวัด{p}", "สมาคมธุรกิจ");
        add(Sector.PEOPLE, "วิสาหกิจชุมชนบ้าน{v}", "วิสาหกิจชุมชน");
        add(Sector.PEOPLE, "กลุ่มออมทรัพย์เพื่อการผลิตบ้าน{v}", "กลุ่มออมทรัพย์");
        add(Sector.PEOPLE, "กลุ่มสตรีตำบล{s}", "กลุ่มอาชีพ");
        add(Sector.PEOPLE, "กองทุนหมู่บ้าน{v}", "กองทุนชุมชน");
        add(Sector.CIVIL_SOCIETY, "ชมรมผู้สูงอายุตำบล{s}", "ชมรม");
        add(Sector.CIVIL_SOCIETY, "เครือข่ายอาสาสมัครสาธารณสุขตำบล{s}", "เครือข่าย");
        add(Sector.CIVIL_SOCIETY, "มูลนิธิพัฒนาชุมชน{d}", "มูลนิธิ");
        province(Sector.CIVIL_SOCIETY, "สมาคมผู้นำอาสาพัฒนาชุมชนจังหวัด{p}", "สมาคม");
        add(Sector.MEDIA, "สถานีวิทยุชุมชนคน{s}", "สถานีวิทยุชุมชน");
        add(Sector.MEDIA, "เพจข่าวชุมชน{d}", "สื่อออนไลน์");
        province(Sector.MEDIA, "สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัด{p}", "สถานีวิทยุ");
        province(Sector.MEDIA, "หนังสือพิมพ์{p}ข่าว", "หนังสือพิมพ์ท้องถิ่น");
    }

    private PartnerTexts() {
    }

    private static void add(Sector sector, String pattern, String kind) {
        TEMPLATES.computeIfAbsent(sector, s -> new ArrayList<>()).add(new Template(pattern, kind, false));
    }

    private static void province(Sector sector, String pattern, String kind) {
        TEMPLATES.computeIfAbsent(sector, s -> new ArrayList<>()).add(new Template(pattern, kind, true));
    }

    public static List<Template> templates(Sector sector) {
        return TEMPLATES.get(sector);
    }

    public static String village(Dice dice) {
        return CenterTexts.village(dice).substring("บ้าน".length());
    }
}
