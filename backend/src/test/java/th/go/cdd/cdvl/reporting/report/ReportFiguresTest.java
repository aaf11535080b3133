package th.go.cdd.cdvl.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.activity.ActivitySummary;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.activity.ComplianceViews;
import th.go.cdd.cdvl.activity.Participants;
import th.go.cdd.cdvl.partner.Sector;
import th.go.cdd.cdvl.planning.PlanViews;

/** Figures frozen before {@code kind} or the plan figure was stored still read; new ones carry their kind. */
class ReportFiguresTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    /** As a district report submitted on 2026-11-30 stored them: no kind. */
    private static final String STORED_QUARTERLY = """
            {"compliance":{"centers":3,"compliantCenters":2,"nonCompliantCenters":1,"rate":0.6667,"activities":4,
             "byCategory":{"MISSION":1,"DIMENSION":3,"NATIONAL_DAY":0}},
             "activities":{"activities":4,"byType":{"HEALTH":3,"THREE_TREES":1},
              "participants":{"committee":9,"volunteerLeaders":20,"community":45,"partners":5,"officers":2},"budgetBaht":12500.00},
             "partnersBySector":{"GOVERNMENT":2},"budgetBySector":{"GOVERNMENT":5000.00},"centersBySector":{"GOVERNMENT":1}}
            """;

    @Test
    void aQuarterlyReportStoredWithoutAKindReadsAsQuarterlyWithEveryCountPresent() {
        ReportFigures figures = ReportFigures.fromStored(json, STORED_QUARTERLY);

        assertThat(figures).isInstanceOf(ReportFigures.Quarterly.class);
        ReportFigures.Quarterly q = (ReportFigures.Quarterly) figures;
        assertThat(q.compliance().compliantCenters()).isEqualTo(2);
        assertThat(q.activities().byType()).hasSize(ActivityType.values().length)
                .containsEntry(ActivityType.HEALTH, 3).containsEntry(ActivityType.THREE_TREES, 1)
                .containsEntry(ActivityType.EDUCATION, 0);
        assertThat(q.activities().participants().community()).isEqualTo(45);
        assertThat(q.partnersBySector()).hasSize(7).containsEntry(Sector.GOVERNMENT, 2).containsEntry(Sector.MEDIA, 0);
        assertThat(q.budgetBySector().get(Sector.GOVERNMENT)).isEqualByComparingTo("5000");
        assertThat(q.budgetBySector().get(Sector.RELIGION)).isEqualByComparingTo("0");
    }

    @Test
    void aQuarterlyReportStoredBeforeThePlanFigureHasNoneAndNeitherHasASumOverIt() {
        ReportFigures.Quarterly old = (ReportFigures.Quarterly) ReportFigures.fromStored(json, STORED_QUARTERLY);
        ReportFigures.Quarterly withPlan = new ReportFigures.Quarterly(ComplianceViews.Figures.NONE, ActivitySummary.none(), null, null,
                null, PlanViews.PlanFigures.of(4, 3, 2, 6, 4, 1));

        assertThat(old.plan()).isNull();
        assertThat(old.plus(withPlan).plan()).isNull();
        assertThat(withPlan.plus(ReportFigures.Quarterly.none()).plan()).isEqualTo(PlanViews.PlanFigures.of(4, 3, 2, 6, 4, 1));
        assertThat(withPlan.plus(withPlan).plan()).satisfies(p -> {
            assertThat(p.centers()).isEqualTo(8);
            assertThat(p.planRate()).isEqualTo(0.75);
            assertThat(p.doneRate()).isEqualTo(0.6667);
        });
    }

    @Test
    void aLocationReportStoredWithoutAKindReadsAsLocation() {
        ReportFigures figures = ReportFigures.fromStored(json,
                "{\"locations\":{\"subdistricts\":19,\"subdistrictsWithCenter\":18,\"subdistrictsWithoutCenter\":1,\"centers\":18}}");

        assertThat(figures).isInstanceOfSatisfying(ReportFigures.Location.class,
                l -> assertThat(l.locations().subdistrictsWithoutCenter()).isEqualTo(1));
    }

    @Test
    void newFiguresAreStoredWithTheirKindAndReadBackEqual() throws Exception {
        ReportFigures figures = new ReportFigures.Quarterly(
                new ComplianceViews.Figures(1, 1, 0, 1.0, 2, Map.of()),
                new ActivitySummary(2, Map.of(ActivityType.HEALTH, 2), Participants.NONE, new BigDecimal("100.00")),
                Map.of(Sector.MEDIA, 1), Map.of(), null, PlanViews.PlanFigures.of(2, 1, 1, 3, 2, 1));

        String stored = json.writeValueAsString(figures);

        assertThat(json.readTree(stored).get("kind").asText()).isEqualTo("QUARTERLY");
        assertThat(ReportFigures.fromStored(json, stored)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(figures);
    }

    @Test
    void storedFiguresThatAreNotAnObjectAreAnErrorNotAGuess() {
        assertThatThrownBy(() -> ReportFigures.fromStored(json, "[1,2]")).isInstanceOf(IllegalStateException.class);
    }
}
