package th.go.cdd.cdvl.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.security.AreaLevel;

/** Quarterly compliance ("at least one activity per center per quarter") and coverage of the activity types. */
public final class ComplianceViews {

    private ComplianceViews() {
    }

    @Schema(name = "AreaRef", requiredProperties = {"level", "nameTh", "nameEn"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AreaRef(AreaLevel level, @Schema(examples = "52") String code, @Schema(examples = "ลำปาง") String nameTh,
            @Schema(examples = "Lampang") String nameEn) {
    }

    @Schema(name = "ComplianceFigures", requiredProperties = {"centers", "compliantCenters", "nonCompliantCenters",
        "rate", "activities", "byCategory"},
            description = "Active centers, how many held at least one activity in the period, and the activities by category.")
    public record Figures(
            @Schema(examples = "100") int centers,
            @Schema(examples = "93") int compliantCenters,
            @Schema(examples = "7") int nonCompliantCenters,
            @Schema(description = "compliantCenters / centers, 0 to 1 (0 when there are no centers)", examples = "0.93") double rate,
            @Schema(examples = "240") int activities,
            Map<ActivityCategory, Integer> byCategory) {

        public static final Figures NONE = of(0, 0, 0, 0, 0);

        /**
         * The figures of {@code centers} active centers of which {@code compliant} held an activity;
         * the rate is rounded to four places: 93 of 100 centers → 0.93, 2 of 3 → 0.6667.
         */
        public static Figures of(int centers, int compliant, int mission, int dimension, int nationalDay) {
            Map<ActivityCategory, Integer> byCategory = new EnumMap<>(ActivityCategory.class);
            byCategory.put(ActivityCategory.MISSION, mission);
            byCategory.put(ActivityCategory.DIMENSION, dimension);
            byCategory.put(ActivityCategory.NATIONAL_DAY, nationalDay);
            double rate = centers == 0 ? 0 : Math.round(10_000.0 * compliant / centers) / 10_000.0;
            return new Figures(centers, compliant, centers - compliant, rate, mission + dimension + nationalDay, byCategory);
        }

        /** Two areas' figures together: counts added, the rate taken again from the sums. */
        public Figures plus(Figures other) {
            return of(centers + other.centers, compliantCenters + other.compliantCenters,
                    count(ActivityCategory.MISSION) + other.count(ActivityCategory.MISSION),
                    count(ActivityCategory.DIMENSION) + other.count(ActivityCategory.DIMENSION),
                    count(ActivityCategory.NATIONAL_DAY) + other.count(ActivityCategory.NATIONAL_DAY));
        }

        private int count(ActivityCategory category) {
            Integer n = byCategory == null ? null : byCategory.get(category);
            return n == null ? 0 : n;
        }
    }

    @Schema(name = "ComplianceRow", requiredProperties = {"figures"},
            description = "A province, district or center under the area, with its figures")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(AreaRef area, @Schema(description = "Set on center rows") UUID centerId,
            @Schema(description = "Set on center rows") String centerName, Figures figures) {
    }

    @Schema(name = "ComplianceView", requiredProperties = {"fiscalYear", "labelTh", "labelEn", "area", "totals", "rows"},
            description = "Compliance of an area for a fiscal year, or one quarter of it. Rows drill down: provinces for the nation, districts for a province, centers for a district.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComplianceView(
            @Schema(examples = "2568") int fiscalYear,
            @Schema(description = "Absent for the whole year", examples = "1") Integer quarter,
            @Schema(examples = "ไตรมาส 1/2568") String labelTh,
            @Schema(examples = "Q1 FY2568") String labelEn,
            AreaRef area,
            Figures totals,
            List<Row> rows,
            @Schema(description = "Centers with no activity in the period (for a district or province)") List<Row> nonCompliant) {
    }

    @Schema(name = "CoverageRow", requiredProperties = {"counts"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoverageRow(AreaRef area, UUID centerId, String centerName, Map<ActivityType, Integer> counts) {
    }

    @Schema(name = "CoverageView", requiredProperties = {"fiscalYear", "area", "types", "totals", "neverCovered", "rows"},
            description = "How often each activity type (9 missions + final destination, 5 dimensions, 3 volunteer kinds) was held in a fiscal year; types with 0 were never covered.")
    public record CoverageView(
            @Schema(examples = "2568") int fiscalYear,
            AreaRef area,
            List<ActivityType> types,
            Map<ActivityType, Integer> totals,
            List<ActivityType> neverCovered,
            List<CoverageRow> rows) {
    }
}
