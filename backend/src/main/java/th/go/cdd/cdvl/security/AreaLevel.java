package th.go.cdd.cdvl.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Level of an area: NATIONAL ทั่วประเทศ / nation, PROVINCE จังหวัด / province, DISTRICT อำเภอ / district.")
public enum AreaLevel {
    NATIONAL,
    PROVINCE,
    DISTRICT
}
