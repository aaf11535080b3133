package th.go.cdd.cdvl.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.reporting.deadline.Deadline;

/**
 * The districts' figures of a quarterly deadline as the level above adds them up: a district whose
 * report is with its province or accepted counts with the figures it submitted, any other with its
 * data as it stands now. Example: of Lampang's 13 districts 11 submitted; the province counts their
 * 11 frozen copies and the live figures of the other 2, which {@link LiveFigures} reads in a few
 * grouped queries however many they are (the whole nation's included).
 */
@ApplicationScoped
class DistrictSums {

    private final LiveFigures live;
    private final ReportJson json;

    DistrictSums(LiveFigures live, ReportJson json) {
        this.live = live;
        this.json = json;
    }

    /**
     * Each of {@code districtCodes} (all under {@code areaCode}) with the figures it counts with,
     * in the order given; {@code reports} holds the districts' reports of the deadline by code.
     */
    Map<String, ReportFigures.Quarterly> byDistrict(Deadline deadline, String areaCode, Map<String, DistrictReport> reports,
            List<String> districtCodes) {
        Map<String, ReportFigures.Quarterly> figures = new LinkedHashMap<>();
        List<String> stillLive = new ArrayList<>();
        for (String code : districtCodes) {
            DistrictReport r = reports.get(code);
            if (r != null && r.frozen() && json.figures(r.getFigures()) instanceof ReportFigures.Quarterly q) {
                figures.put(code, q);
            } else {
                figures.put(code, null);
                stillLive.add(code);
            }
        }
        if (!stillLive.isEmpty()) {
            figures.putAll(live.quarterlyByDistrict(deadline, areaCode, stillLive));
        }
        return figures;
    }

    /** The sum of figures, zeros when there are none. */
    static ReportFigures.Quarterly sum(Iterable<ReportFigures.Quarterly> figures) {
        ReportFigures.Quarterly sum = ReportFigures.Quarterly.none();
        for (ReportFigures.Quarterly q : figures) {
            sum = sum.plus(q);
        }
        return sum;
    }
}
