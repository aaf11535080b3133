package th.go.cdd.cdvl.reliability.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Look-ups in the demo data (Lampang, province 52) that the tests write against. */
public final class Lampang {

    public static final String DISTRICT = "5201";
    public static final String OFFICER = "demo.district5201";
    public static final String ADMIN = "demo.admin";
    public static final String NATIONAL = "demo.national";

    private final TestPostgres db;

    public Lampang(TestPostgres db) {
        this.db = db;
    }

    /** The open centers of a district, in a stable order. */
    public List<UUID> centersOf(String districtCode) {
        return db.rows("select id from center where district_code = ? and status = 'ACTIVE' order by subdistrict_code",
                districtCode).stream().map(row -> (UUID) row.get(0)).toList();
    }

    public List<String> districtsOf(String provinceCode) {
        return db.rows("select code from district where province_code = ? order by code", provinceCode).stream()
                .map(row -> (String) row.get(0)).toList();
    }

    /** The quarterly deadline of the fiscal year that contains today. */
    public UUID quarterlyDeadline(int quarter) {
        List<List<Object>> rows = db.rows("select id from deadline where kind = 'QUARTERLY_REPORT' and fiscal_year = ?"
                + " and quarter = ?", currentFiscalYear(), quarter);
        if (rows.isEmpty()) {
            throw new IllegalStateException("No deadline for quarter " + quarter + " of FY" + currentFiscalYear()
                    + ": the migrations set up fiscal years 2565-2571 only");
        }
        return (UUID) rows.get(0).get(0);
    }

    /** Thai fiscal years run from 1 October and are counted in the Buddhist era. */
    public static int currentFiscalYear() {
        LocalDate today = Bodies.today();
        return (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear()) + 543;
    }
}
