package th.go.cdd.cdvl.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sub-type of an activity; each belongs to one category. */
@Schema(description = """
        Missions (MISSION): FRIDGE_AND_MEDICINE_CABINET ตู้เย็นตู้ยารอบบ้าน; LABOUR_SHARING_BANK ธนาคารแบ่งปันแรงงาน;
        THREE_TREES ปลูกไม้ ๓ อย่าง ประโยชน์ ๔ อย่าง; HOUSEHOLD_ACCOUNTS บัญชีรับจ่าย; WASTE_FOR_GOLD ขายขยะแลกทอง;
        HERITAGE_MEMORY ของเก่าเล่าอดีต; OCCUPATION_SHARING ผ้าป่าอาชีพ; ENERGY_SAVING ปิดไฟประหยัด;
        FOUR_DIRECTIONS_MARKET ตลาดนัด ๔ ทิศ; SUFFICIENCY_VILLAGE หมู่บ้านเศรษฐกิจพอเพียง (the final destination).
        Dimensions (DIMENSION): HEALTH สุขภาพ; EDUCATION การศึกษา; OCCUPATION_INCOME อาชีพและรายได้;
        LIVING_CONDITIONS ความเป็นอยู่; STATE_SERVICES การเข้าถึงบริการภาครัฐ.
        National days (NATIONAL_DAY): DEVELOPMENT_VOLUNTEER จิตอาสาพัฒนา; DISASTER_VOLUNTEER จิตอาสาภัยพิบัติ;
        SPECIAL_TASK_VOLUNTEER จิตอาสาเฉพาะกิจ.""")
public enum ActivityType {
    FRIDGE_AND_MEDICINE_CABINET(ActivityCategory.MISSION),
    LABOUR_SHARING_BANK(ActivityCategory.MISSION),
    THREE_TREES(ActivityCategory.MISSION),
    HOUSEHOLD_ACCOUNTS(ActivityCategory.MISSION),
    WASTE_FOR_GOLD(ActivityCategory.MISSION),
    HERITAGE_MEMORY(ActivityCategory.MISSION),
    OCCUPATION_SHARING(ActivityCategory.MISSION),
    ENERGY_SAVING(ActivityCategory.MISSION),
    FOUR_DIRECTIONS_MARKET(ActivityCategory.MISSION),
    SUFFICIENCY_VILLAGE(ActivityCategory.MISSION),
    HEALTH(ActivityCategory.DIMENSION),
    EDUCATION(ActivityCategory.DIMENSION),
    OCCUPATION_INCOME(ActivityCategory.DIMENSION),
    LIVING_CONDITIONS(ActivityCategory.DIMENSION),
    STATE_SERVICES(ActivityCategory.DIMENSION),
    DEVELOPMENT_VOLUNTEER(ActivityCategory.NATIONAL_DAY),
    DISASTER_VOLUNTEER(ActivityCategory.NATIONAL_DAY),
    SPECIAL_TASK_VOLUNTEER(ActivityCategory.NATIONAL_DAY);

    private final ActivityCategory category;

    ActivityType(ActivityCategory category) {
        this.category = category;
    }

    public ActivityCategory category() {
        return category;
    }
}
