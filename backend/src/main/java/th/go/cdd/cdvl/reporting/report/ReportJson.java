package th.go.cdd.cdvl.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import th.go.cdd.cdvl.reporting.report.ReportViews.DistrictStanding;

/** The JSON that reports freeze at submission: their figures and, for a province, its districts' table. */
@ApplicationScoped
class ReportJson {

    private static final TypeReference<List<DistrictStanding>> DISTRICTS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Object frozen) {
        try {
            return json.writeValueAsString(frozen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report content is not serialisable", e);
        }
    }

    /** Figures as stored, including those stored before they carried a kind ({@link ReportFigures#fromStored}). */
    ReportFigures figures(String stored) {
        return ReportFigures.fromStored(json, stored);
    }

    List<DistrictStanding> districts(String stored) {
        try {
            return json.readValue(stored, DISTRICTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored districts are not readable", e);
        }
    }
}
