package th.go.cdd.cdvl.geo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.geo.GeoViews.DistrictView;
import th.go.cdd.cdvl.geo.GeoViews.ProvinceView;

/**
 * Reads of the geography. Counts come with the rows in one query each, so a list never costs a
 * query per row.
 */
@ApplicationScoped
public class GeoRepository implements PanacheRepositoryBase<Province, String> {

    private static final String PROVINCE_WITH_COUNTS = """
            select new th.go.cdd.cdvl.geo.GeoViews$ProvinceView(p.code, p.nameTh, p.nameEn,
                (select count(d) from District d where d.provinceCode = p.code),
                (select count(s) from Subdistrict s where s.provinceCode = p.code))
            from Province p""";

    private static final String DISTRICT_WITH_COUNTS = """
            select new th.go.cdd.cdvl.geo.GeoViews$DistrictView(d.code, d.provinceCode, d.nameTh, d.nameEn,
                (select count(s) from Subdistrict s where s.districtCode = d.code))
            from District d""";

    public List<AreaName> allNames() {
        List<AreaName> names = new ArrayList<>();
        for (String entity : List.of("Province", "District", "Subdistrict")) {
            names.addAll(getEntityManager().createQuery(
                    "select new th.go.cdd.cdvl.geo.GeoViews$AreaName(a.code, a.nameTh, a.nameEn) from " + entity + " a",
                    AreaName.class).getResultList());
        }
        return names;
    }

    public List<ProvinceView> provinces() {
        return getEntityManager().createQuery(PROVINCE_WITH_COUNTS + " order by p.code", ProvinceView.class)
                .getResultList();
    }

    public Optional<ProvinceView> province(String code) {
        return getEntityManager().createQuery(PROVINCE_WITH_COUNTS + " where p.code = :code", ProvinceView.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<DistrictView> districtsOf(String provinceCode) {
        return getEntityManager()
                .createQuery(DISTRICT_WITH_COUNTS + " where d.provinceCode = :code order by d.code", DistrictView.class)
                .setParameter("code", provinceCode)
                .getResultList();
    }

    public Optional<DistrictView> district(String code) {
        return getEntityManager().createQuery(DISTRICT_WITH_COUNTS + " where d.code = :code", DistrictView.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<Subdistrict> subdistrictsOf(String districtCode) {
        return getEntityManager()
                .createQuery("from Subdistrict s where s.districtCode = :code order by s.code", Subdistrict.class)
                .setParameter("code", districtCode)
                .getResultList();
    }

    public Optional<Subdistrict> subdistrict(String code) {
        return Optional.ofNullable(getEntityManager().find(Subdistrict.class, code));
    }

    public Optional<District> districtEntity(String code) {
        return Optional.ofNullable(getEntityManager().find(District.class, code));
    }
}
