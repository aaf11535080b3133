package th.go.cdd.cdvl.center;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "FEMALE หญิง / female; MALE ชาย / male; OTHER อื่น ๆ / other.")
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
