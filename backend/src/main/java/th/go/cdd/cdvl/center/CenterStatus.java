package th.go.cdd.cdvl.center;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ACTIVE ดำเนินการ / active; SUSPENDED ระงับชั่วคราว / suspended; CLOSED ปิด / closed (kept in history).")
public enum CenterStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
