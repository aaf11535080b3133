package th.go.cdd.cdvl.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.Stream;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * The rows of the center location report: every sub-district of an area with its (not closed)
 * centers, one row per center or one empty row. Streamed, so a national export holds one row at a
 * time.
 */
@ApplicationScoped
public class LocationReportRepository {

    private static final String ROWS = """
            select p.code, p.name_th, p.name_en, d.code, d.name_th, d.name_en, s.code, s.name_th, s.name_en,
                   c.id, c.name, c.village_no, c.village_name, c.latitude, c.longitude, c.status,
                   op.center_id, op.address, op.latitude, op.longitude
            from subdistrict s
            join district d on d.code = s.district_code
            join province p on p.code = s.province_code
            left join center c on c.subdistrict_code = s.code and c.status <> 'CLOSED'
            left join operating_point op on op.district_code = s.district_code
            where %s and s.province_code <> :bangkok
            order by s.code, c.name, c.id""";

    public record Row(String provinceCode, String provinceTh, String provinceEn, String districtCode,
            String districtTh, String districtEn, String subdistrictCode, String subdistrictTh, String subdistrictEn,
            UUID centerId, String centerName, Integer villageNo, String villageName, BigDecimal latitude,
            BigDecimal longitude, String status, UUID pointCenterId, String pointAddress, BigDecimal pointLatitude,
            BigDecimal pointLongitude) {

        public boolean hasCenter() {
            return centerId != null;
        }

        public boolean isOperatingPoint() {
            return centerId != null && centerId.equals(pointCenterId);
        }
    }

    private final EntityManager em;

    public LocationReportRepository(EntityManager em) {
        this.em = em;
    }

    /** Must run inside a transaction: PostgreSQL streams with a cursor only then. */
    @SuppressWarnings("unchecked")
    public Stream<Row> rows(AreaScope scope, String areaCode) {
        AreaScope.Like inArea = scope.like("s.code", areaCode);
        Stream<Object[]> raw = inArea.bind(em.createNativeQuery(ROWS.formatted(inArea)))
                .setParameter("bangkok", AreaResolver.BANGKOK)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        return raw.map(LocationReportRepository::row);
    }

    private static Row row(Object[] r) {
        return new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], (UUID) r[9], (String) r[10],
                r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12], (BigDecimal) r[13],
                (BigDecimal) r[14], (String) r[15], (UUID) r[16], (String) r[17], (BigDecimal) r[18],
                (BigDecimal) r[19]);
    }
}
