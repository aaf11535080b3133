package th.go.cdd.cdvl.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.validation.Texts;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.evaluation.EvaluationViews.CriterionView;
import th.go.cdd.cdvl.evaluation.EvaluationViews.LevelRequest;
import th.go.cdd.cdvl.evaluation.EvaluationViews.LevelView;
import th.go.cdd.cdvl.evaluation.EvaluationViews.RubricRequest;
import th.go.cdd.cdvl.evaluation.EvaluationViews.RubricView;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * The department's rubric per fiscal year. It is edited in place until a visit uses it; from then it
 * is frozen, and saving a change makes the next revision, which applies only to the visits recorded
 * after it (visits already made keep the criteria they were scored on).
 */
@ApplicationScoped
public class RubricService {

    static final String AUDIT_TYPE = "RUBRIC";

    private final RubricRepository rubrics;
    private final VisitRepository visits;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public RubricService(RubricRepository rubrics, VisitRepository visits, AuditService audit, CurrentUser user, Clock clock) {
        this.rubrics = rubrics;
        this.visits = visits;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public RubricView current(int fiscalYear) {
        return rubrics.current(fiscalYear).map(RubricService::view).orElseThrow(() -> missing(fiscalYear));
    }

    /**
     * Sets the year's rubric: the first one without If-Match; then, with the current revision's
     * ETag, a change in place while no visit used it, else a new revision.
     */
    @Transactional
    public RubricView put(int fiscalYear, String ifMatch, RubricRequest request) {
        requireDistinctLevels(request.levels());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Rubric> current = rubrics.lockCurrent(fiscalYear);
        Rubric rubric;
        String action;
        RubricView before = current.map(RubricService::view).orElse(null);
        if (current.isEmpty()) {
            rubric = new Rubric(fiscalYear, 1, now, user.username());
            action = "CREATE";
        } else {
            Versions.requireCurrent(ifMatch, current.get().getVersion());
            if (current.get().isFrozen() || visits.usesRubric(current.get().getId())) {
                rubric = new Rubric(fiscalYear, current.get().getRevision() + 1, now, user.username());
                action = "REVISE";
            } else {
                rubric = current.get();
                rubric.touch(now, user.username());
                action = "UPDATE";
            }
        }
        Rubric target = rubric;
        rubric.replace(IntStream.range(0, request.criteria().size()).mapToObj(i -> {
            var c = request.criteria().get(i);
            return new RubricCriterion(target, i + 1, c.name().trim(), Texts.blankToNull(c.description()), c.weight());
        }).toList(), request.levels().stream().map(l -> new RubricLevel(l.name().trim(), l.minScore())).toList());
        if (!rubrics.isPersistent(rubric)) {
            rubrics.persist(rubric);
        }
        rubrics.flush();
        RubricView after = view(rubric);
        audit.record(AUDIT_TYPE, rubric.getId(), "", action, "REVISE".equals(action) ? null : before, after);
        return after;
    }

    /** The revision a visit of the year is scored under, locked and frozen by that use. */
    Rubric useCurrent(int fiscalYear) {
        Rubric rubric = rubrics.lockCurrent(fiscalYear).orElseThrow(() -> ProblemException.unprocessable("evaluation.rubric.missing",
                "The department has set no rubric for fiscal year " + fiscalYear + "; visits of that year cannot be scored yet.",
                "visitedOn", "no rubric for its fiscal year"));
        rubric.freeze(OffsetDateTime.now(clock));
        return rubric;
    }

    Rubric revision(java.util.UUID id) {
        return rubrics.findByIdOptional(id).orElseThrow();
    }

    static RubricView view(Rubric r) {
        return new RubricView(r.getId(), r.getFiscalYear(), r.getRevision(),
                r.getCriteria().stream().map(c -> new CriterionView(c.getId(), c.getPosition(), c.getName(), c.getDescription(),
                        c.getWeight())).toList(),
                r.getLevels().stream().sorted((a, b) -> b.minScore().compareTo(a.minScore()))
                        .map(l -> new LevelView(l.name(), l.minScore())).toList(),
                r.isFrozen(), r.getFrozenAt(), r.getVersion(), r.getUpdatedAt(), r.getUpdatedBy());
    }

    private static void requireDistinctLevels(List<LevelRequest> levels) {
        Set<BigDecimal> minimums = new HashSet<>();
        for (LevelRequest level : levels) {
            if (!minimums.add(level.minScore().stripTrailingZeros())) {
                throw ProblemException.unprocessable("evaluation.rubric.levels",
                        "Two levels start at " + level.minScore() + "; each level needs its own minimum.", "levels",
                        "minimums must differ");
            }
        }
    }

    private static ProblemException missing(int fiscalYear) {
        return ProblemException.notFound("evaluation.rubric.not-found", "No rubric for fiscal year " + fiscalYear + " yet.");
    }
}
