package th.go.cdd.cdvl.center;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.center.CenterViews.MemberView;
import th.go.cdd.cdvl.center.CenterViews.OperatingPointView;
import th.go.cdd.cdvl.geo.GeoService;

@ApplicationScoped
public class CenterMapper {

    private final GeoService geo;

    public CenterMapper(GeoService geo) {
        this.geo = geo;
    }

    public CenterView view(Center c) {
        return new CenterView(c.getId(), c.getSubdistrictCode(), geo.nameOf(c.getSubdistrictCode()).orElse(null),
                geo.nameOf(c.getDistrictCode()).orElse(null), geo.nameOf(c.getProvinceCode()).orElse(null), c.getName(),
                c.getVillageNo(), c.getVillageName(), c.getAddress(), c.getLatitude(), c.getLongitude(),
                c.getEstablishedOn(), c.getStatus(), c.getStatusReason(), c.getStatusChangedOn(), c.getPhone(),
                c.getNotes(), c.getExceptionReason(), c.getVersion(), c.getCreatedAt(), c.getCreatedBy(),
                c.getUpdatedAt(), c.getUpdatedBy());
    }

    /** The columns {@link #view(ResultSet)} reads, by position (by name cost a lookup per value). */
    static final String COLUMNS = """
            c.id, c.subdistrict_code, c.district_code, c.province_code, c.name, c.village_no, c.village_name, c.address,
            c.latitude, c.longitude, c.established_on, c.status, c.status_reason, c.status_changed_on, c.phone, c.notes,
            c.exception_reason, c.version, c.created_at, c.created_by, c.updated_at, c.updated_by""";

    /** A row of {@link #COLUMNS}, as lists read it with plain SQL. */
    public CenterView view(ResultSet c) throws SQLException {
        String subdistrictCode = c.getString(2);
        return new CenterView(c.getObject(1, UUID.class), subdistrictCode, geo.nameOf(subdistrictCode).orElse(null),
                geo.nameOf(c.getString(3)).orElse(null), geo.nameOf(c.getString(4)).orElse(null), c.getString(5),
                (Integer) c.getObject(6), c.getString(7), c.getString(8), c.getBigDecimal(9), c.getBigDecimal(10),
                c.getObject(11, LocalDate.class), CenterStatus.valueOf(c.getString(12)), c.getString(13),
                c.getObject(14, LocalDate.class), c.getString(15), c.getString(16), c.getString(17), c.getLong(18),
                c.getObject(19, OffsetDateTime.class), c.getString(20), c.getObject(21, OffsetDateTime.class),
                c.getString(22));
    }

    public MemberView view(CenterMember m) {
        return new MemberView(m.getId(), m.getCenterId(), m.getFullName(), m.getRole(), m.getGender(), m.getPhone(),
                m.getSince(), m.getSkills(), m.isActive(), m.getErasedAt(), m.getVersion(), m.getCreatedAt(),
                m.getUpdatedAt());
    }

    public OperatingPointView view(OperatingPoint p, String centerName) {
        return new OperatingPointView(p.getDistrictCode(), p.getCenterId(), centerName, p.getAddress(), p.getLatitude(),
                p.getLongitude(), p.getVersion(), p.getUpdatedAt(), p.getUpdatedBy());
    }
}
