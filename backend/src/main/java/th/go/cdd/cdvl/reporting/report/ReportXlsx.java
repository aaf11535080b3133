package th.go.cdd.cdvl.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.activity.Participants;
import th.go.cdd.cdvl.partner.Sector;
import th.go.cdd.cdvl.planning.PlanViews.PlanFigures;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;

/**
 * The operation report (enclosure 2) as an Excel workbook in Thai: one district's report, a
 * province's with the standing of each of its districts, or the department's roll-up of the nation.
 */
@ApplicationScoped
public class ReportXlsx {

    private static final String FONT = "Sarabun";

    private static final Map<ActivityType, String> TYPES_TH = new LinkedHashMap<>();
    private static final Map<Sector, String> SECTORS_TH = new LinkedHashMap<>();
    static final Map<String, String> STANDINGS_TH = Map.of(
            Standing.NOT_STARTED.name(), "ยังไม่เริ่ม", Standing.DRAFT.name(), "ร่าง",
            Standing.SUBMITTED_ON_TIME.name(), "ส่งตรงเวลา", Standing.SUBMITTED_LATE.name(), "ส่งล่าช้า",
            Standing.SUBMITTED.name(), "ส่งแล้ว",
            Standing.RETURNED.name(), "ส่งกลับแก้ไข", Standing.ACCEPTED.name(), "รับรองแล้ว",
            Standing.MISSING.name(), "ไม่ส่งเมื่อพ้นกำหนด");

    static {
        String[][] types = {{"FRIDGE_AND_MEDICINE_CABINET", "๓.๑ ตู้เย็นตู้ยารอบบ้าน"}, {"LABOUR_SHARING_BANK", "๓.๑ ธนาคารแบ่งปันแรงงาน"},
            {"THREE_TREES", "๓.๑ ปลูกไม้ ๓ อย่าง ประโยชน์ ๔ อย่าง"}, {"HOUSEHOLD_ACCOUNTS", "๓.๑ บัญชีรับจ่าย"},
            {"WASTE_FOR_GOLD", "๓.๑ ขายขยะแลกทอง"}, {"HERITAGE_MEMORY", "๓.๑ ของเก่าเล่าอดีต"},
            {"OCCUPATION_SHARING", "๓.๑ ผ้าป่าอาชีพ"}, {"ENERGY_SAVING", "๓.๑ ปิดไฟประหยัด"},
            {"FOUR_DIRECTIONS_MARKET", "๓.๑ ตลาดนัด ๔ ทิศ"}, {"SUFFICIENCY_VILLAGE", "๓.๑ หมู่บ้านเศรษฐกิจพอเพียง (จุดหมายปลายทาง)"},
            {"HEALTH", "๓.๒ สุขภาพ"}, {"EDUCATION", "๓.๒ การศึกษา"}, {"OCCUPATION_INCOME", "๓.๒ อาชีพและรายได้"},
            {"LIVING_CONDITIONS", "๓.๒ ความเป็นอยู่"}, {"STATE_SERVICES", "๓.๒ การเข้าถึงบริการภาครัฐ"},
            {"DEVELOPMENT_VOLUNTEER", "๓.๓ จิตอาสาพัฒนา"}, {"DISASTER_VOLUNTEER", "๓.๓ จิตอาสาภัยพิบัติ"},
            {"SPECIAL_TASK_VOLUNTEER", "๓.๓ จิตอาสาเฉพาะกิจ"}};
        for (String[] t : types) {
            TYPES_TH.put(ActivityType.valueOf(t[0]), t[1]);
        }
        String[][] sectors = {{"GOVERNMENT", "ภาครัฐ"}, {"RELIGION", "ภาคศาสนา"}, {"EDUCATION", "ภาคสถาบันการศึกษา"},
            {"PRIVATE", "ภาคเอกชน"}, {"PEOPLE", "ภาคประชาชน"}, {"CIVIL_SOCIETY", "ภาคประชาสังคม"}, {"MEDIA", "ภาคสื่อมวลชน"}};
        for (String[] s : sectors) {
            SECTORS_TH.put(Sector.valueOf(s[0]), s[1]);
        }
    }

    /** The four narrative parts of a report under the form's headings, in the form's order. */
    static Map<String, String> narrative(String results, String problems, String suggestions, String goodPractice) {
        Map<String, String> narrative = new LinkedHashMap<>();
        narrative.put("ผลการดำเนินงาน", results);
        narrative.put("ปัญหาอุปสรรค", problems);
        narrative.put("ข้อเสนอแนะ", suggestions);
        narrative.put("แนวทางปฏิบัติที่ดี", goodPractice);
        return narrative;
    }

    /** One sheet: title lines, the figures, the narrative, and for a province its districts' standings. */
    void write(String title, List<String> subtitle, ReportFigures figures, Map<String, String> narrative,
            List<String[]> districtRows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CDVL Centers", "1.0");
        Worksheet sheet = workbook.newWorksheet("แบบรายงาน");
        sheet.width(0, 48);
        sheet.width(1, 18);
        sheet.width(2, 18);
        int r = 0;
        r = line(sheet, r, title, true);
        for (String s : subtitle) {
            r = line(sheet, r, s, false);
        }
        r++;
        r = figures(sheet, r, figures);
        if (narrative != null) {
            for (Map.Entry<String, String> part : narrative.entrySet()) {
                r = line(sheet, r + 1, part.getKey(), true);
                r = line(sheet, r, part.getValue() == null ? "-" : part.getValue(), false);
            }
        }
        if (districtRows != null) {
            r = line(sheet, r + 1, "สถานะการรายงานของอำเภอ", true);
            header(sheet, r++, "อำเภอ", "สถานะ", "วันที่ส่ง");
            for (String[] row : districtRows) {
                for (int c = 0; c < row.length; c++) {
                    sheet.value(r, c, row[c]);
                }
                r++;
            }
        }
        sheet.finish();
        workbook.finish();
    }

    /**
     * The department's roll-up: sheet 1 the nation's figures and the reports' timeliness, sheet 2 one
     * row per province (centers, compliance, activities, participants, partners, reports), sheet 3
     * the provinces' activities by type. Rows are written as they go (fastexcel streams the sheet).
     */
    void writeNational(ReportViews.NationalReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CDVL Centers", "1.0");
        Worksheet nation = workbook.newWorksheet("ภาพรวมประเทศ");
        nation.width(0, 48);
        nation.width(1, 18);
        nation.width(2, 18);
        int r = line(nation, 0, "แบบรายงานผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (ภาพรวมประเทศ)", true);
        r = line(nation, r, report.deadline().titleTh(), false);
        r = line(nation, r, "จำนวน " + report.provinces().size() + " จังหวัด", false);
        r = figures(nation, r + 1, report.totals());
        r = line(nation, r + 1, "การรายงานของอำเภอ", true);
        for (Map.Entry<Standing, Integer> e : report.districtReports().entrySet()) {
            r = pair(nation, r, STANDINGS_TH.get(e.getKey().name()), e.getValue());
        }
        r = line(nation, r + 1, "การรายงานของจังหวัด", true);
        for (Map.Entry<Standing, Integer> e : report.provinceReports().entrySet()) {
            if (e.getValue() > 0) {
                r = pair(nation, r, STANDINGS_TH.get(e.getKey().name()), e.getValue());
            }
        }
        nation.finish();

        Worksheet provinces = workbook.newWorksheet("รายจังหวัด");
        provinces.width(0, 22);
        header(provinces, 0, "จังหวัด", "ศูนย์ที่ดำเนินการ", "จัดกิจกรรมแล้ว", "อัตรา", "กิจกรรม (ครั้ง)", "ผู้เข้าร่วม (คน)",
                "งบประมาณกิจกรรม (บาท)", "ภาคี (ราย)", "งบประมาณภาคี (บาท)", "อำเภอส่งแล้ว", "อำเภอทั้งหมด",
                "รายงานจังหวัด", "ที่มาของตัวเลข");
        int row = 1;
        for (ReportViews.NationalProvinceRow p : report.provinces()) {
            ReportFigures.Quarterly q = p.figures();
            int submitted = p.districtReports().entrySet().stream().filter(e -> Standings.submitted(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
            int districts = p.districtReports().values().stream().mapToInt(Integer::intValue).sum();
            Object[] cells = {p.province().nameTh(), q.compliance().centers(), q.compliance().compliantCenters(),
                q.compliance().rate(), q.activities().activities(), q.activities().participants().total(),
                q.activities().budgetBaht(), q.partnersBySector().values().stream().mapToInt(Integer::intValue).sum(),
                q.budgetBySector().values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                submitted, districts, STANDINGS_TH.get(p.provinceReport().name()),
                p.asSubmitted() ? "รายงานที่จังหวัดส่ง" : "รวมจากอำเภอ"};
            cells(provinces, row++, cells);
        }
        provinces.finish();

        Worksheet types = workbook.newWorksheet("กิจกรรมรายประเภท");
        types.width(0, 22);
        List<String> typeHeader = new java.util.ArrayList<>(List.of("จังหวัด"));
        typeHeader.addAll(TYPES_TH.values());
        header(types, 0, typeHeader.toArray(String[]::new));
        row = 1;
        for (ReportViews.NationalProvinceRow p : report.provinces()) {
            List<Object> cells = new java.util.ArrayList<>(List.of(p.province().nameTh()));
            TYPES_TH.keySet().forEach(t -> cells.add(p.figures().activities().byType().get(t)));
            cells(types, row++, cells.toArray());
        }
        types.finish();
        workbook.finish();
    }

    /** The year's roll-up: one sheet, a row per province and the nation's at the end, the quarters side by side. */
    void writeNationalYear(ReportViews.NationalYearReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CDVL Centers", "1.0");
        Worksheet sheet = workbook.newWorksheet("ปีงบประมาณ " + report.fiscalYear());
        sheet.width(0, 22);
        int r = line(sheet, 0, "ผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน ปีงบประมาณ " + report.fiscalYear() + " (ภาพรวมประเทศ)", true);
        List<String> header = new java.util.ArrayList<>(List.of("จังหวัด"));
        for (int q = 1; q <= report.deadlines().size(); q++) {
            header.add("อัตราศูนย์ที่จัดกิจกรรม ไตรมาส " + q);
        }
        for (int q = 1; q <= report.deadlines().size(); q++) {
            header.add("รายงานจังหวัด ไตรมาส " + q);
        }
        header.addAll(List.of("กิจกรรมทั้งปี (ครั้ง)", "ผู้เข้าร่วมทั้งปี (คน)", "งบประมาณกิจกรรม (บาท)", "ภาคี (ราย)", "งบประมาณภาคี (บาท)"));
        header(sheet, ++r, header.toArray(String[]::new));
        for (ReportViews.NationalYearRow p : report.provinces()) {
            cells(sheet, ++r, yearRow(p.province().nameTh(), p.figures(), p.provinceReports()));
        }
        cells(sheet, ++r, yearRow("รวมทั้งประเทศ", report.totals(), List.of()));
        sheet.finish();
        workbook.finish();
    }

    private static Object[] yearRow(String name, ReportViews.YearFigures f, List<Standing> provinceReports) {
        List<Object> cells = new java.util.ArrayList<>(List.of(name));
        f.complianceByQuarter().forEach(c -> cells.add(c.rate()));
        for (int q = 0; q < f.complianceByQuarter().size(); q++) {
            cells.add(q < provinceReports.size() ? STANDINGS_TH.get(provinceReports.get(q).name()) : null);
        }
        cells.add(f.activities().activities());
        cells.add(f.activities().participants().total());
        cells.add(f.activities().budgetBaht());
        cells.add(f.partnersBySector().values().stream().mapToInt(Integer::intValue).sum());
        cells.add(f.budgetBySector().values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        return cells.toArray();
    }

    private static void cells(Worksheet sheet, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                sheet.value(r, c, n);
            } else if (v != null) {
                sheet.value(r, c, v.toString());
            }
        }
    }

    private static int figures(Worksheet sheet, int r, ReportFigures figures) {
        if (figures instanceof ReportFigures.Quarterly q) {
            r = line(sheet, r, "ผลการดำเนินงานของศูนย์ฯ (อย่างน้อยไตรมาสละ ๑ ครั้ง)", true);
            r = pair(sheet, r, "จำนวนศูนย์ที่ดำเนินการ", q.compliance().centers());
            r = pair(sheet, r, "ศูนย์ที่จัดกิจกรรมแล้ว", q.compliance().compliantCenters());
            r = pair(sheet, r, "ศูนย์ที่ยังไม่จัดกิจกรรม", q.compliance().nonCompliantCenters());
            r++;
            r = line(sheet, r, "กิจกรรมตามภารกิจ (ครั้ง)", true);
            for (Map.Entry<ActivityType, String> type : TYPES_TH.entrySet()) {
                r = pair(sheet, r, type.getValue(), q.activities().byType().get(type.getKey()));
            }
            r = pair(sheet, r, "รวมกิจกรรม", q.activities().activities());
            Participants people = q.activities().participants();
            r = line(sheet, r + 1, "ผู้เข้าร่วมกิจกรรม (คน)", true);
            r = pair(sheet, r, "คณะกรรมการบริหารศูนย์", people.committee());
            r = pair(sheet, r, "ผู้นำจิตอาสา", people.volunteerLeaders());
            r = pair(sheet, r, "ผู้นำชุมชน ประชาชน นักเรียน ผู้สนใจ", people.community());
            r = pair(sheet, r, "ภาคีเครือข่าย ๗ ภาคี", people.partners());
            r = pair(sheet, r, "เจ้าหน้าที่พัฒนาชุมชน", people.officers());
            r = pair(sheet, r, "งบประมาณกิจกรรม (บาท)", q.activities().budgetBaht());
            r = line(sheet, r + 1, "ภาคีเครือข่าย ๗ ภาคี", true);
            header(sheet, r++, "ภาคี", "จำนวนภาคี", "งบประมาณ (บาท)");
            for (Map.Entry<Sector, String> sector : SECTORS_TH.entrySet()) {
                sheet.value(r, 0, sector.getValue());
                sheet.value(r, 1, q.partnersBySector().get(sector.getKey()));
                sheet.value(r, 2, q.budgetBySector().get(sector.getKey()));
                r++;
            }
            if (q.plan() != null) {
                r = plan(sheet, r + 1, q.plan());
            }
        } else if (figures instanceof ReportFigures.Location l) {
            r = line(sheet, r, "ที่ตั้งศูนย์ผู้นำจิตอาสาพัฒนาชุมชน", true);
            r = pair(sheet, r, "ตำบลทั้งหมด", l.locations().subdistricts());
            r = pair(sheet, r, "ตำบลที่มีศูนย์", l.locations().subdistrictsWithCenter());
            r = pair(sheet, r, "ตำบลที่ยังไม่มีศูนย์", l.locations().subdistrictsWithoutCenter());
        }
        return r;
    }

    /** The driving plans against what was held; shares as percentages, as the form states them. */
    private static int plan(Worksheet sheet, int r, PlanFigures plan) {
        r = line(sheet, r, "แผนขับเคลื่อนของศูนย์ฯ ประจำปีงบประมาณ และผลตามแผนในไตรมาส", true);
        r = pair(sheet, r, "ศูนย์ที่ดำเนินการ", plan.centers());
        r = pair(sheet, r, "ศูนย์ที่มีแผนขับเคลื่อน", plan.plans());
        r = pair(sheet, r, "แผนที่อำเภอยืนยันแล้ว", plan.confirmed());
        r = pair(sheet, r, "ร้อยละของศูนย์ที่มีแผน", percent(plan.planRate()));
        r = pair(sheet, r, "กิจกรรมตามแผนในไตรมาส", plan.lines());
        r = pair(sheet, r, "ดำเนินการแล้ว (ตามแผนหรือต่างจากแผน)", plan.done());
        r = pair(sheet, r, "ในจำนวนนี้ ดำเนินการต่างจากแผน", plan.doneDifferently());
        r = pair(sheet, r, "ยังไม่ได้ดำเนินการ", plan.lines() - plan.done());
        return pair(sheet, r, "ร้อยละของกิจกรรมตามแผนที่ดำเนินการแล้ว", percent(plan.doneRate()));
    }

    /** 0.6667 → 66.67. */
    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static int line(Worksheet sheet, int r, String text, boolean bold) {
        sheet.value(r, 0, text);
        var style = sheet.style(r, 0).fontName(FONT);
        (bold ? style.bold() : style).wrapText(!bold).set();
        return r + 1;
    }

    private static int pair(Worksheet sheet, int r, String label, Number value) {
        sheet.value(r, 0, label);
        sheet.value(r, 1, value);
        return r + 1;
    }

    private static void header(Worksheet sheet, int r, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(r, c, titles[c]);
            sheet.style(r, c).bold().fontName(FONT).fillColor("DDEBF7").set();
        }
    }
}
