package th.go.cdd.cdvl.center;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import th.go.cdd.cdvl.center.LocationReportRepository.Row;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.common.time.ThaiDates;

/**
 * The location report as an Excel workbook, in Thai, written as the rows arrive: sheet 1 lists
 * every sub-district with its center (or "no center"), sheet 2 each district's operating point.
 */
@ApplicationScoped
public class LocationReportXlsx {

    private static final String FONT = "Sarabun";
    private static final int FLUSH_EVERY = 500;
    private static final List<String> HEADERS = List.of("รหัสจังหวัด", "จังหวัด", "รหัสอำเภอ", "อำเภอ", "รหัสตำบล",
            "ตำบล", "มีศูนย์", "ชื่อศูนย์", "หมู่ที่", "หมู่บ้าน", "ละติจูด", "ลองจิจูด", "สถานะ", "จุดดำเนินการ");
    private static final Map<String, String> STATUS_TH = Map.of("ACTIVE", "ดำเนินการ", "SUSPENDED", "ระงับชั่วคราว");

    void write(AreaResolver.Area area, OffsetDateTime generatedAt, Stream<Row> rows, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "CDVL Centers", "1.0");
        Worksheet sheet = workbook.newWorksheet("ที่ตั้งศูนย์");
        sheet.value(0, 0, "แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน — " + area.titleTh());
        sheet.style(0, 0).bold().fontName(FONT).fontSize(14).set();
        sheet.value(1, 0, "ข้อมูล ณ วันที่ " + ThaiDates.longDate(generatedAt.toLocalDate()));
        sheet.style(1, 0).fontName(FONT).set();
        int r = 3;
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(r, c, HEADERS.get(c));
            sheet.style(r, c).bold().fontName(FONT).fillColor("DDEBF7").set();
        }
        Map<String, Row> pointByDistrict = new LinkedHashMap<>();
        Iterator<Row> iterator = rows.iterator();
        while (iterator.hasNext()) {
            Row row = iterator.next();
            r++;
            pointByDistrict.merge(row.districtCode(), row, (kept, next) -> next.isOperatingPoint() ? next : kept);
            writeRow(sheet, r, row);
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.freezePane(0, 4);
        sheet.finish();
        writePoints(workbook.newWorksheet("จุดดำเนินการ"), pointByDistrict);
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int r, Row row) {
        sheet.value(r, 0, row.provinceCode());
        sheet.value(r, 1, row.provinceTh());
        sheet.value(r, 2, row.districtCode());
        sheet.value(r, 3, row.districtTh());
        sheet.value(r, 4, row.subdistrictCode());
        sheet.value(r, 5, row.subdistrictTh());
        sheet.value(r, 6, row.hasCenter() ? "มี" : "ยังไม่มีศูนย์");
        if (row.hasCenter()) {
            sheet.value(r, 7, row.centerName());
            if (row.villageNo() != null) {
                sheet.value(r, 8, row.villageNo());
            }
            sheet.value(r, 9, row.villageName());
            if (row.latitude() != null) {
                sheet.value(r, 10, row.latitude());
                sheet.value(r, 11, row.longitude());
            }
            sheet.value(r, 12, STATUS_TH.getOrDefault(row.status(), row.status()));
            sheet.value(r, 13, row.isOperatingPoint() ? "✓" : "");
        } else {
            sheet.style(r, 6).fontColor("C00000").set();
        }
    }

    private static void writePoints(Worksheet sheet, Map<String, Row> pointByDistrict) throws IOException {
        List<String> headers = List.of("รหัสอำเภอ", "อำเภอ", "จังหวัด", "จุดดำเนินการ", "ที่อยู่", "ละติจูด", "ลองจิจูด");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fontName(FONT).fillColor("DDEBF7").set();
        }
        int r = 0;
        for (Row row : pointByDistrict.values()) {
            r++;
            sheet.value(r, 0, row.districtCode());
            sheet.value(r, 1, row.districtTh());
            sheet.value(r, 2, row.provinceTh());
            if (row.pointCenterId() == null && row.pointAddress() == null) {
                sheet.value(r, 3, "ยังไม่ได้กำหนด");
                continue;
            }
            sheet.value(r, 3, row.isOperatingPoint() ? row.centerName() : "ที่อยู่ของอำเภอ");
            sheet.value(r, 4, row.pointAddress());
            if (row.pointLatitude() != null) {
                sheet.value(r, 5, row.pointLatitude());
                sheet.value(r, 6, row.pointLongitude());
            }
        }
        sheet.finish();
    }
}
