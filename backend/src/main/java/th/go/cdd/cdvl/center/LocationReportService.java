package th.go.cdd.cdvl.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import th.go.cdd.cdvl.center.LocationReportRepository.Row;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;

/**
 * The center location report for a district, a province or the nation. The area defaults to the
 * caller's own and must lie inside it; an area outside it is "not found", as for any record.
 */
@ApplicationScoped
public class LocationReportService {

    private final LocationReportRepository rows;
    private final LocationReportXlsx xlsx;
    private final AreaResolver areas;
    private final Clock clock;

    public LocationReportService(LocationReportRepository rows, LocationReportXlsx xlsx, AreaResolver areas,
            Clock clock) {
        this.rows = rows;
        this.xlsx = xlsx;
        this.areas = areas;
        this.clock = clock;
    }

    /** Resolved before any streaming starts, so a bad area is a clean problem answer. */
    public Area area(String areaCode) {
        return areas.resolve(areaCode);
    }

    @Transactional
    public LocationReportView report(Area area) {
        Map<String, DistrictBuilder> districts = new LinkedHashMap<>();
        try (Stream<Row> stream = rows.rows(area.scope(), area.code())) {
            stream.forEach(row -> districts.computeIfAbsent(row.districtCode(), code -> new DistrictBuilder(row)).add(row));
        }
        List<LocationReportView.District> built = districts.values().stream().map(DistrictBuilder::build).toList();
        return new LocationReportView(area.isNational() ? null : area.code(), area.nameTh(), area.nameEn(),
                OffsetDateTime.now(clock), sum(built.stream().map(LocationReportView.District::totals).toList()), built);
    }

    /** Writes the report as .xlsx row by row, straight from the database cursor. */
    @Transactional
    public void writeXlsx(Area area, OutputStream out) throws IOException {
        try (Stream<Row> stream = rows.rows(area.scope(), area.code())) {
            xlsx.write(area, OffsetDateTime.now(clock), stream, out);
        }
    }

    private static LocationReportView.Totals sum(List<LocationReportView.Totals> parts) {
        int subdistricts = 0;
        int with = 0;
        int centers = 0;
        for (LocationReportView.Totals t : parts) {
            subdistricts += t.subdistricts();
            with += t.subdistrictsWithCenter();
            centers += t.centers();
        }
        return new LocationReportView.Totals(subdistricts, with, subdistricts - with, centers);
    }

    private static final class DistrictBuilder {

        private final Row first;
        private final Map<String, List<LocationReportView.Center>> centersBySubdistrict = new LinkedHashMap<>();
        private final Map<String, Row> subdistricts = new LinkedHashMap<>();
        private String pointCenterName;

        DistrictBuilder(Row first) {
            this.first = first;
        }

        void add(Row row) {
            subdistricts.putIfAbsent(row.subdistrictCode(), row);
            List<LocationReportView.Center> centers =
                    centersBySubdistrict.computeIfAbsent(row.subdistrictCode(), code -> new ArrayList<>());
            if (row.hasCenter()) {
                centers.add(new LocationReportView.Center(row.centerId(), row.centerName(), row.villageNo(),
                        row.villageName(), row.latitude(), row.longitude(), CenterStatus.valueOf(row.status()),
                        row.isOperatingPoint()));
                if (row.isOperatingPoint()) {
                    pointCenterName = row.centerName();
                }
            }
        }

        LocationReportView.District build() {
            List<LocationReportView.Subdistrict> list = new ArrayList<>();
            int with = 0;
            int centerCount = 0;
            for (Row s : subdistricts.values()) {
                List<LocationReportView.Center> centers = centersBySubdistrict.get(s.subdistrictCode());
                list.add(new LocationReportView.Subdistrict(s.subdistrictCode(), s.subdistrictTh(), s.subdistrictEn(),
                        !centers.isEmpty(), centers));
                with += centers.isEmpty() ? 0 : 1;
                centerCount += centers.size();
            }
            LocationReportView.OperatingPoint point = first.pointCenterId() == null && first.pointAddress() == null ? null
                    : new LocationReportView.OperatingPoint(first.pointCenterId(), pointCenterName, first.pointAddress(),
                            first.pointLatitude(), first.pointLongitude());
            return new LocationReportView.District(first.districtCode(), first.districtTh(), first.districtEn(), point,
                    new LocationReportView.Totals(list.size(), with, list.size() - with, centerCount), list);
        }
    }
}
