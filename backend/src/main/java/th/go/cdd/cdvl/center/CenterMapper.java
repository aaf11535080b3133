package th.go.cdd.cdvl.center;

import jakarta.enterprise.context.ApplicationScoped;
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

    public MemberView view(CenterMember m) {
        return new MemberView(m.getId(), m.getCenterId(), m.getFullName(), m.getRole(), m.getGender(), m.getPhone(),
                m.getSince(), m.getSkills(), m.isActive(), m.getVersion(), m.getCreatedAt(), m.getUpdatedAt());
    }

    public OperatingPointView view(OperatingPoint p, String centerName) {
        return new OperatingPointView(p.getDistrictCode(), p.getCenterId(), centerName, p.getAddress(), p.getLatitude(),
                p.getLongitude(), p.getVersion(), p.getUpdatedAt(), p.getUpdatedBy());
    }
}
