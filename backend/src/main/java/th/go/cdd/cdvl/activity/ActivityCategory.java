package th.go.cdd.cdvl.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        MISSION 3.1 ภารกิจ ๙ จุดหมายต้นสาย ปลายป่าน และ ๑ จุดหมายปลายทาง / the 9 missions and the final destination;
        DIMENSION 3.2 การพัฒนาและช่วยเหลือตามมิติ / development and assistance by dimension;
        NATIONAL_DAY 3.3 จิตอาสาในวันสำคัญของชาติ / volunteer work on national important days.""")
public enum ActivityCategory {
    MISSION,
    DIMENSION,
    NATIONAL_DAY
}
