package th.go.cdd.cdvl.learning;

import java.util.Map;
import java.util.Set;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * The review of a lesson (guideline step 6): the author's office writes it and submits it to the
 * province, which publishes it or returns it with a comment; a returned lesson is edited and
 * submitted again. The province may withdraw a published lesson, with a reason. The moves:
 * <ul>
 * <li>DRAFT or RETURNED → SUBMITTED ({@code submit}): by whoever may write it;</li>
 * <li>SUBMITTED → PUBLISHED ({@code publish}) or RETURNED ({@code return}, with a comment): by the province;</li>
 * <li>PUBLISHED → WITHDRAWN ({@code withdraw}, with a reason): by the province.</li>
 * </ul>
 * "The province" is a province officer whose province holds the lesson, or the department
 * (national scope). Example: {@code demo.district5201} submits a lesson about a center in 520101
 * (DRAFT → SUBMITTED); its attempt to publish it answers 403 {@code lesson.review.forbidden};
 * {@code demo.province52} publishes it; publishing it again answers 409 {@code lesson.state.conflict}.
 * Only a DRAFT or RETURNED lesson is edited (409 otherwise).
 */
final class LessonReview {

    enum Move {
        SUBMIT(LessonState.SUBMITTED, false, Set.of(LessonState.DRAFT, LessonState.RETURNED)),
        PUBLISH(LessonState.PUBLISHED, true, Set.of(LessonState.SUBMITTED)),
        RETURN(LessonState.RETURNED, true, Set.of(LessonState.SUBMITTED)),
        WITHDRAW(LessonState.WITHDRAWN, true, Set.of(LessonState.PUBLISHED));

        final LessonState to;
        final boolean byProvince;
        final Set<LessonState> from;

        Move(LessonState to, boolean byProvince, Set<LessonState> from) {
            this.to = to;
            this.byProvince = byProvince;
            this.from = from;
        }
    }

    static final Set<LessonState> EDITABLE = Set.of(LessonState.DRAFT, LessonState.RETURNED);

    private static final Map<Move, String> NAMES = Map.of(Move.SUBMIT, "submit", Move.PUBLISH, "publish", Move.RETURN, "return",
            Move.WITHDRAW, "withdraw");

    private LessonReview() {
    }

    /** 403 when the caller may not make the move; 409 when the lesson is not in a state it starts from. */
    static void require(Move move, AreaScope scope, LessonState state) {
        if (move.byProvince && scope.level() == AreaLevel.DISTRICT) {
            throw ProblemException.forbidden("lesson.review.forbidden",
                    "The province reviews lessons: a district officer may not " + NAMES.get(move) + " one.");
        }
        if (!move.from.contains(state)) {
            throw ProblemException.conflict("lesson.state.conflict",
                    "A lesson in state " + state + " cannot " + NAMES.get(move) + "; it must be one of " + move.from + ".");
        }
    }

    /** 409 unless the lesson may be edited. */
    static void requireEditable(LessonState state) {
        if (!EDITABLE.contains(state)) {
            throw ProblemException.conflict("lesson.state.conflict",
                    "A lesson " + state + " is not edited; only a draft or a returned lesson is.");
        }
    }
}
