package th.go.cdd.cdvl.reporting.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import th.go.cdd.cdvl.activity.ActivitySummary;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.activity.ComplianceViews;
import th.go.cdd.cdvl.activity.Participants;
import th.go.cdd.cdvl.center.LocationReportView;
import th.go.cdd.cdvl.partner.Sector;
import th.go.cdd.cdvl.planning.PlanViews;

/**
 * The figures of a report, prefilled from the data while it can be edited and frozen as JSON when
 * it is submitted. {@code kind} tells the letter's two forms apart:
 * <ul>
 * <li>{@code QUARTERLY} (enclosure 2): compliance of the centers, activities by type with their
 * participants and budget, partners, budget and centers by sector, and the centers' driving plans
 * against what was held in the quarter;</li>
 * <li>{@code LOCATION} (enclosure 3): the sub-districts with and without a center.</li>
 * </ul>
 * Every count is present: a type or sector without data counts 0, so a district whose only partners
 * are two government offices has {@code partnersBySector = {GOVERNMENT: 2, RELIGION: 0, …, MEDIA: 0}}.
 *
 * <p>Reports frozen before the kind was stored (V202611252010 to this change) hold the same shapes
 * without {@code kind}; {@link #fromStored} reads them by the one key only the location form has,
 * {@code locations}. Reports frozen before the plan figure was added (V202612040300 to this change)
 * have no {@code plan}: it stays absent rather than zeros, which would read as "no center has a plan".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = ReportFigures.KIND)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReportFigures.Quarterly.class, name = "QUARTERLY"),
    @JsonSubTypes.Type(value = ReportFigures.Location.class, name = "LOCATION")})
@Schema(name = "ReportFigures", oneOf = {ReportFigures.Quarterly.class, ReportFigures.Location.class},
        discriminatorProperty = ReportFigures.KIND, discriminatorMapping = {
            @DiscriminatorMapping(value = "QUARTERLY", schema = ReportFigures.Quarterly.class),
            @DiscriminatorMapping(value = "LOCATION", schema = ReportFigures.Location.class)},
        description = "Prefilled from the data: the quarterly form (enclosure 2) or the location report (enclosure 3), told apart by kind.")
public sealed interface ReportFigures permits ReportFigures.Quarterly, ReportFigures.Location {

    String KIND = "kind";

    /** The quarterly operation report's figures (enclosure 2). */
    @Schema(name = "QuarterlyReportFigures",
            requiredProperties = {KIND, "compliance", "activities", "partnersBySector", "budgetBySector", "centersBySector"},
            properties = @SchemaProperty(name = KIND, type = SchemaType.STRING, enumeration = "QUARTERLY"))
    record Quarterly(
            @Schema(description = "Active centers and how many held an activity in the quarter") ComplianceViews.Figures compliance,
            @Schema(description = "The quarter's activities: by type, participants, budget") ActivitySummary activities,
            @Schema(description = "Partners linked in the fiscal year, per sector") Map<Sector, Integer> partnersBySector,
            @Schema(description = "Partners' budget in baht, per sector") Map<Sector, BigDecimal> budgetBySector,
            @Schema(description = "Centers working with each sector") Map<Sector, Integer> centersBySector,
            @Schema(description = "The centers' driving plans for the year and the quarter's planned activities against what was held;"
                    + " absent in reports submitted before it was recorded, and in a sum over one of them")
            @JsonInclude(JsonInclude.Include.NON_NULL) PlanViews.PlanFigures plan) implements ReportFigures {

        public Quarterly {
            activities = new ActivitySummary(activities.activities(), complete(ActivityType.class, activities.byType(), 0),
                    activities.participants() == null ? Participants.NONE : activities.participants(),
                    activities.budgetBaht() == null ? BigDecimal.ZERO : activities.budgetBaht());
            partnersBySector = complete(Sector.class, partnersBySector, 0);
            budgetBySector = complete(Sector.class, budgetBySector, BigDecimal.ZERO);
            centersBySector = complete(Sector.class, centersBySector, 0);
        }

        /** A district without centers, activities or partners: every count 0. */
        public static Quarterly none() {
            return new Quarterly(ComplianceViews.Figures.NONE, ActivitySummary.none(), null, null, null, PlanViews.PlanFigures.NONE);
        }

        /**
         * Two districts' figures together, as a province adds up its districts' forms: every count
         * and amount added, the compliance rate and the plan shares taken again from the sums (3 of 4
         * centers and 1 of 4 → 4 of 8, rate 0.5). The plan figure is absent if either lacks it: a sum
         * missing a district's plans would understate the shares.
         */
        public Quarterly plus(Quarterly other) {
            return new Quarterly(compliance.plus(other.compliance), activities.plus(other.activities),
                    add(partnersBySector, other.partnersBySector, Integer::sum),
                    add(budgetBySector, other.budgetBySector, BigDecimal::add),
                    add(centersBySector, other.centersBySector, Integer::sum),
                    plan == null || other.plan == null ? null : plan.plus(other.plan));
        }

        private static <V> Map<Sector, V> add(Map<Sector, V> a, Map<Sector, V> b, java.util.function.BinaryOperator<V> plus) {
            Map<Sector, V> sum = new EnumMap<>(a);
            b.forEach((sector, value) -> sum.merge(sector, value, plus));
            return sum;
        }
    }

    /** The center location report's figures (enclosure 3). */
    @Schema(name = "LocationReportFigures", requiredProperties = {KIND, "locations"},
            properties = @SchemaProperty(name = KIND, type = SchemaType.STRING, enumeration = "LOCATION"))
    record Location(LocationReportView.Totals locations) implements ReportFigures {
    }

    /** Reads figures frozen at submission, with or without {@code kind} (see the class note). */
    static ReportFigures fromStored(ObjectMapper json, String stored) {
        try {
            ObjectNode node = (ObjectNode) json.readTree(stored);
            if (!node.has(KIND)) {
                node.put(KIND, node.has("locations") ? "LOCATION" : "QUARTERLY");
            }
            return json.treeToValue(node, ReportFigures.class);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("Stored report figures are not readable", e);
        }
    }

    private static <E extends Enum<E>, V> Map<E, V> complete(Class<E> keys, Map<E, V> values, V zero) {
        Map<E, V> all = new EnumMap<>(keys);
        for (E key : keys.getEnumConstants()) {
            V value = values == null ? null : values.get(key);
            all.put(key, value == null ? zero : value);
        }
        return all;
    }
}
