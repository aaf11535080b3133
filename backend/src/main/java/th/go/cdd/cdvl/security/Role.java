package th.go.cdd.cdvl.security;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        Realm role of the caller.
        ADMIN ผู้ดูแลระบบ / administrator;
        NATIONAL กรมการพัฒนาชุมชน (ส่วนกลาง) / department headquarters;
        PROVINCE_OFFICER เจ้าหน้าที่พัฒนาชุมชนจังหวัด / provincial officer;
        DISTRICT_OFFICER เจ้าหน้าที่พัฒนาชุมชนอำเภอ / district officer;
        VIEWER ผู้ดูข้อมูล / read-only viewer;
        API_CLIENT ระบบภายนอก / another government system;
        API_CLIENT_PERSONAL_DATA: an API_CLIENT that may also read personal data in its area (PDPA data-sharing agreement).""")
public enum Role {
    ADMIN(Roles.ADMIN),
    NATIONAL(Roles.NATIONAL),
    PROVINCE_OFFICER(Roles.PROVINCE_OFFICER),
    DISTRICT_OFFICER(Roles.DISTRICT_OFFICER),
    VIEWER(Roles.VIEWER),
    API_CLIENT(Roles.API_CLIENT),
    API_CLIENT_PERSONAL_DATA(Roles.API_CLIENT_PERSONAL_DATA);

    private final String tokenName;

    Role(String tokenName) {
        this.tokenName = tokenName;
    }

    public String tokenName() {
        return tokenName;
    }

    /** Keycloak also puts its own roles (offline_access, default-roles-cdvl) in the token: those are not ours. */
    public static Optional<Role> fromTokenName(String name) {
        return Arrays.stream(values()).filter(role -> role.tokenName.equals(name)).findFirst();
    }
}
