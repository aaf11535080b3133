package th.go.cdd.cdvl.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        The 7 partner sectors (ภาคีเครือข่าย ๗ ภาคี): GOVERNMENT ภาครัฐ; RELIGION ภาคศาสนา;
        EDUCATION ภาคสถาบันการศึกษา; PRIVATE ภาคเอกชน; PEOPLE ภาคประชาชน; CIVIL_SOCIETY ภาคประชาสังคม;
        MEDIA ภาคสื่อมวลชน.""")
public enum Sector {
    GOVERNMENT,
    RELIGION,
    EDUCATION,
    PRIVATE,
    PEOPLE,
    CIVIL_SOCIETY,
    MEDIA
}
