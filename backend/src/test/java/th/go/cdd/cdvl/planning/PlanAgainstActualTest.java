package th.go.cdd.cdvl.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.cdd.cdvl.activity.ActivityType.DEVELOPMENT_VOLUNTEER;
import static th.go.cdd.cdvl.activity.ActivityType.EDUCATION;
import static th.go.cdd.cdvl.activity.ActivityType.HEALTH;
import static th.go.cdd.cdvl.activity.ActivityType.THREE_TREES;
import static th.go.cdd.cdvl.activity.ActivityType.WASTE_FOR_GOLD;
import static th.go.cdd.cdvl.planning.PlanAgainstActual.Status.DONE;
import static th.go.cdd.cdvl.planning.PlanAgainstActual.Status.DONE_DIFFERENTLY;
import static th.go.cdd.cdvl.planning.PlanAgainstActual.Status.NOT_YET;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.activity.ActivityCategory;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.planning.PlanAgainstActual.Line;

/** Plan against actual on a fixture: a center's plan for a year and what it held, quarter by quarter. */
class PlanAgainstActualTest {

    @Test
    void theJavadocsExample() {
        var lines = List.of(new Line(2, THREE_TREES), new Line(2, THREE_TREES), new Line(2, HEALTH));
        var held = Map.of(2, Map.of(THREE_TREES, 1, WASTE_FOR_GOLD, 1));
        assertThat(PlanAgainstActual.of(lines, held)).containsExactly(DONE, DONE_DIFFERENTLY, NOT_YET);
    }

    @Test
    void anExactMatchIsNotTakenByAnEarlierLineDoneDifferently() {
        // HEALTH planned first, EDUCATION second; only EDUCATION was held: it fulfils its own line.
        var lines = List.of(new Line(1, HEALTH), new Line(1, EDUCATION));
        assertThat(PlanAgainstActual.of(lines, Map.of(1, Map.of(EDUCATION, 1)))).containsExactly(NOT_YET, DONE);
        // With a second EDUCATION, the HEALTH line is done differently by it.
        assertThat(PlanAgainstActual.of(lines, Map.of(1, Map.of(EDUCATION, 2)))).containsExactly(DONE_DIFFERENTLY, DONE);
    }

    @Test
    void quartersAndCategoriesDoNotMix() {
        // A Q1 activity does not fulfil a Q2 line, and a national-day activity is not a mission.
        var lines = List.of(new Line(2, THREE_TREES), new Line(1, THREE_TREES), new Line(3, DEVELOPMENT_VOLUNTEER));
        var held = Map.of(1, Map.of(DEVELOPMENT_VOLUNTEER, 3), 3, Map.of(DEVELOPMENT_VOLUNTEER, 1));
        assertThat(PlanAgainstActual.of(lines, held)).containsExactly(NOT_YET, NOT_YET, DONE);
        assertThat(PlanAgainstActual.of(List.of(), held)).isEmpty();
        assertThat(PlanAgainstActual.of(lines, Map.of())).containsExactly(NOT_YET, NOT_YET, NOT_YET);
    }

    @Test
    void linesDoneInAQuarterAndCategoryAreTheLesserOfPlannedAndHeld() {
        // the counted form of the rule that the area summary's SQL uses (see the class's Javadoc)
        Random random = new Random(15);
        ActivityType[] types = ActivityType.values();
        for (int round = 0; round < 2_000; round++) {
            List<Line> lines = new ArrayList<>();
            for (int n = random.nextInt(12); n > 0; n--) {
                lines.add(new Line(1 + random.nextInt(4), types[random.nextInt(types.length)]));
            }
            Map<Integer, Map<ActivityType, Integer>> held = new HashMap<>();
            for (int n = random.nextInt(12); n > 0; n--) {
                held.computeIfAbsent(1 + random.nextInt(4), q -> new EnumMap<>(ActivityType.class))
                        .merge(types[random.nextInt(types.length)], 1 + random.nextInt(2), Integer::sum);
            }
            var statuses = PlanAgainstActual.of(lines, held);
            for (int quarter = 1; quarter <= 4; quarter++) {
                for (ActivityCategory category : ActivityCategory.values()) {
                    int planned = 0;
                    int done = 0;
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).quarter() == quarter && lines.get(i).type().category() == category) {
                            planned++;
                            done += statuses.get(i) == NOT_YET ? 0 : 1;
                        }
                    }
                    int heldOfCategory = held.getOrDefault(quarter, Map.of()).entrySet().stream()
                            .filter(e -> e.getKey().category() == category).mapToInt(Map.Entry::getValue).sum();
                    assertThat(done).as("round %d, Q%d %s: %s against %s", round, quarter, category, lines, held)
                            .isEqualTo(Math.min(planned, heldOfCategory));
                }
            }
        }
    }
}
