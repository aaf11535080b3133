package th.go.cdd.cdvl.seed.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the app's migrations and start-up put in the database and the data set builds on: the 76
 * provinces outside Bangkok with their districts and sub-districts, the fiscal years and the quarterly
 * deadlines. Read in code order, so the same database always yields the same data set for a seed.
 */
public final class ReferenceData {

    /** The program covers every province but Bangkok. */
    static final String BANGKOK = "10";

    private final List<Province> provinces;
    private final List<District> districts;
    private final List<Subdistrict> subdistricts;
    private final Map<Integer, FiscalYearPeriod> fiscalYears;
    private final List<QuarterlyDeadline> deadlines;

    private ReferenceData(List<Province> provinces, List<District> districts, List<Subdistrict> subdistricts,
            Map<Integer, FiscalYearPeriod> fiscalYears, List<QuarterlyDeadline> deadlines) {
        this.provinces = provinces;
        this.districts = districts;
        this.subdistricts = subdistricts;
        this.fiscalYears = fiscalYears;
        this.deadlines = deadlines;
    }

    public static ReferenceData load(Connection db) throws SQLException {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, District> districts = new LinkedHashMap<>();
        List<Subdistrict> subdistricts = new ArrayList<>();
        Map<Integer, FiscalYearPeriod> years = new TreeMap<>();
        List<QuarterlyDeadline> deadlines = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select code, name_th, name_en from province where code <> '" + BANGKOK
                    + "' order by code")) {
                while (rs.next()) {
                    provinces.put(rs.getString(1), new Province(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, province_code, name_th from district where province_code <> '"
                    + BANGKOK + "' order by code")) {
                while (rs.next()) {
                    districts.put(rs.getString(1), new District(districts.size(), rs.getString(1),
                            provinces.get(rs.getString(2)), rs.getString(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, district_code, name_th, postal_code, latitude, longitude "
                    + "from subdistrict where province_code <> '" + BANGKOK + "' order by code")) {
                while (rs.next()) {
                    District district = districts.get(rs.getString(2));
                    Subdistrict s = new Subdistrict(rs.getString(1), district, rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6));
                    district.subdistricts().add(s);
                    subdistricts.add(s);
                }
            }
            try (ResultSet rs = st.executeQuery("select year, operation_starts_on, operation_ends_on from fiscal_year order by year")) {
                while (rs.next()) {
                    years.put(rs.getInt(1), new FiscalYearPeriod(rs.getInt(1), rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate()));
                }
            }
            try (ResultSet rs = st.executeQuery("select id, fiscal_year, quarter, due_on from deadline "
                    + "where kind = 'QUARTERLY_REPORT' order by due_on")) {
                while (rs.next()) {
                    deadlines.add(new QuarterlyDeadline(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                            rs.getDate(4).toLocalDate()));
                }
            }
        }
        return new ReferenceData(List.copyOf(provinces.values()), List.copyOf(districts.values()), List.copyOf(subdistricts),
                years, List.copyOf(deadlines));
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<District> districts() {
        return districts;
    }

    public List<Subdistrict> subdistricts() {
        return subdistricts;
    }

    public Optional<FiscalYearPeriod> fiscalYear(int year) {
        return Optional.ofNullable(fiscalYears.get(year));
    }

    /** Quarterly deadlines, earliest first. */
    public List<QuarterlyDeadline> deadlines() {
        return deadlines;
    }
}
