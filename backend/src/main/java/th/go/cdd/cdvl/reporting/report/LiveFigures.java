package th.go.cdd.cdvl.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.activity.ActivityService;
import th.go.cdd.cdvl.activity.ActivitySummary;
import th.go.cdd.cdvl.activity.ComplianceService;
import th.go.cdd.cdvl.activity.ComplianceViews;
import th.go.cdd.cdvl.center.LocationReportService;
import th.go.cdd.cdvl.partner.PartnerViews.SectorFigures;
import th.go.cdd.cdvl.partner.SectorCoverageService;
import th.go.cdd.cdvl.planning.PlanService;
import th.go.cdd.cdvl.planning.PlanViews.PlanFigures;
import th.go.cdd.cdvl.reporting.deadline.Deadline;

/**
 * The figures of reports as the data stands now, district by district. A quarterly report's figures
 * take the same few queries whatever the area: compliance from the running tallies
 * ({@code district_tally}), the quarter's activities, the year's partners and the year's driving
 * plans against what was held, each grouped by district. A province's 32 districts cost the same
 * queries as one district.
 */
@ApplicationScoped
public class LiveFigures {

    private final ComplianceService compliance;
    private final ActivityService activities;
    private final SectorCoverageService sectors;
    private final LocationReportService locations;
    private final PlanService plans;

    public LiveFigures(ComplianceService compliance, ActivityService activities, SectorCoverageService sectors,
            LocationReportService locations, PlanService plans) {
        this.compliance = compliance;
        this.activities = activities;
        this.sectors = sectors;
        this.locations = locations;
        this.plans = plans;
    }

    /** One district's figures for the deadline. */
    public ReportFigures ofDistrict(Deadline deadline, String districtCode) {
        if (deadline.getKind() == Deadline.Kind.LOCATION_REPORT) {
            return location(districtCode);
        }
        return quarterlyByDistrict(deadline, districtCode, List.of(districtCode)).get(districtCode);
    }

    /**
     * The quarterly figures of each of {@code districtCodes}, all under {@code areaCode}: district
     * code → figures, in the order given, zeros for a district without data.
     */
    public Map<String, ReportFigures.Quarterly> quarterlyByDistrict(Deadline deadline, String areaCode, List<String> districtCodes) {
        int year = deadline.getFiscalYear();
        int quarter = deadline.getQuarter();
        Map<String, ComplianceViews.Figures> centers = compliance.figuresByDistrict(areaCode, year, quarter);
        Map<String, ActivitySummary> held = activities.summaryByDistrict(areaCode, year, quarter);
        Map<String, SectorFigures> partners = sectors.figuresByDistrict(areaCode, year);
        Map<String, PlanFigures> planned = plans.figuresByDistrict(areaCode, year, quarter);
        Map<String, ReportFigures.Quarterly> figures = new LinkedHashMap<>();
        for (String code : districtCodes) {
            SectorFigures p = partners.get(code);
            figures.put(code, new ReportFigures.Quarterly(centers.getOrDefault(code, ComplianceViews.Figures.NONE),
                    held.getOrDefault(code, ActivitySummary.none()), p == null ? null : p.partnersBySector(),
                    p == null ? null : p.budgetBySector(), p == null ? null : p.centersBySector(),
                    planned.getOrDefault(code, PlanFigures.NONE)));
        }
        return figures;
    }

    /** The location report's figures of an area as they stand now. */
    public ReportFigures.Location location(String areaCode) {
        return new ReportFigures.Location(locations.report(locations.area(areaCode)).totals());
    }
}
